package io.cakesync.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;

/** One run now. Exit code: 0 succeeded (also nothing to do), 1 failed, 2 partial, 3 held. */
@Command(
        name = "sync",
        description = "Run one sync now and print its plan per group and its outcome. "
                + "Exit code: 0 succeeded, 1 failed (or another run is in progress), 2 partial, 3 held for approval.")
class SyncCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    static final int BUSY = 1;

    @Option(names = "--dry-run", description = "Plan and audit, but send nothing to Cakewalk.")
    boolean dryRun;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also list every planned change: person, reason, outcome.")
    boolean verbose;

    private final SyncRunner runner;
    private final RunOutput output;

    SyncCommand(SyncRunner runner, RunOutput output) {
        this.runner = runner;
        this.output = output;
    }

    @Override
    public Integer call() {
        Optional<RunReport> report = runner.runNow(Trigger.CLI, dryRun);
        if (report.isEmpty()) {
            System.err.println("Another run is in progress (in this or another cakesync process); nothing done.");
            return BUSY;
        }
        RunReport r = report.get();
        output.print(System.out, "run " + r.runId(), r, verbose);
        return ExitCode.of(r.status());
    }
}
