package io.cakesync.audit;

/** How a run ended. {@code RUNNING} is the only status whose audit rows may still change. */
public enum RunStatus {
    RUNNING, SUCCEEDED, PARTIAL, FAILED, HELD, ABANDONED;

    /** The {@code sync} command's exit code for a run that ended with this status. */
    public int exitCode() {
        return switch (this) {
            case SUCCEEDED -> 0;
            case PARTIAL -> 2;
            case HELD -> 3;
            case RUNNING, FAILED, ABANDONED -> 1;
        };
    }
}
