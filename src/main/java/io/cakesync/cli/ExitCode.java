package io.cakesync.cli;

import io.cakesync.reconcile.vocabulary.RunStatus;

/** The CLI's contract with scripts: a run's status as the process exit code. */
final class ExitCode {

    private ExitCode() {}

    static int of(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> 0;
            case PARTIAL -> 2;
            case HELD -> 3;
            case RUNNING, FAILED, ABANDONED -> 1;
        };
    }
}
