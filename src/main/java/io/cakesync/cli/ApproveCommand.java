package io.cakesync.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.cakesync.approval.ApprovalRefused;
import io.cakesync.approval.Approvals;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;

/** Approves a held plan: re-checks it against current state and applies it, or holds it again. */
@Command(
        name = "approve",
        description = "Approve the plan held by a run and apply it if HR and Cakewalk are unchanged.")
class ApproveCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(index = "0", description = "The id of the HELD run.")
    long runId;

    @Option(names = "--comment", required = true, description = "Why you approve (recorded in the audit).")
    String comment;

    @Option(names = "--by", description = "Who approves (default: the operating-system user).")
    String by = System.getProperty("user.name");

    @Option(
            names = {"-v", "--verbose"},
            description = "Also list every planned change: person, reason, outcome.")
    boolean verbose;

    private final Approvals approvals;
    private final SyncRunner runner;
    private final RunOutput output;

    ApproveCommand(Approvals approvals, SyncRunner runner, RunOutput output) {
        this.approvals = approvals;
        this.runner = runner;
        this.output = output;
    }

    @Override
    public Integer call() {
        try {
            RunReport r = runner.execute(approvals.approve(runId, by, comment));
            output.print(System.out, "run " + r.runId() + " (approving run " + runId + ")", r, verbose);
            return ExitCode.of(r.status());
        } catch (ApprovalRefused e) {
            System.err.println("Not approved: " + e.getMessage());
            return 1;
        }
    }
}
