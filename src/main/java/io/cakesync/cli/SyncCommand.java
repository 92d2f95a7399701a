package io.cakesync.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One run now. Exit code: 0 succeeded (also nothing to do), 1 failed, 2 partial, 3 held. */
@Command(name = "sync", description = "Run one sync now and print its summary.")
class SyncCommand implements Callable<Integer> {
    static final int BUSY = 1;

    @Option(names = "--dry-run", description = "Plan and audit, but send nothing to Cakewalk.")
    boolean dryRun;

    private final SyncRunner runner;

    SyncCommand(SyncRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        Optional<RunReport> report = runner.runNow(Trigger.CLI, dryRun);
        if (report.isEmpty()) {
            System.err.println("Another run is in progress (in this or another cakesync process); nothing done.");
            return BUSY;
        }
        RunReport r = report.get();
        System.out.printf("run %d %s: %s%n", r.runId(), r.status(), r.summary());
        if (r.error() != null) {
            System.out.println("error: " + r.error());
        }
        return ExitCode.of(r.status());
    }
}
