package io.cakesync.cli;

import java.util.concurrent.Callable;

import io.cakesync.approval.ApprovalRefused;
import io.cakesync.approval.Approvals;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Approves a held plan: re-checks it against current state and applies it, or holds it again. */
@Command(name = "approve", description = "Approve the plan held by a run and apply it if HR and Cakewalk are unchanged.")
class ApproveCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The id of the HELD run.")
    long runId;

    @Option(names = "--comment", required = true, description = "Why you approve (recorded in the audit).")
    String comment;

    @Option(names = "--by", description = "Who approves (default: the operating-system user).")
    String by = System.getProperty("user.name");

    private final Approvals approvals;
    private final SyncRunner runner;

    ApproveCommand(Approvals approvals, SyncRunner runner) {
        this.approvals = approvals;
        this.runner = runner;
    }

    @Override
    public Integer call() {
        try {
            RunReport r = runner.execute(approvals.approve(runId, by, comment));
            System.out.printf("run %d (approving run %d) %s: %s%n", r.runId(), runId, r.status(), r.summary());
            if (r.error() != null) {
                System.out.println("error: " + r.error());
            }
            return ExitCode.of(r.status());
        } catch (ApprovalRefused e) {
            System.err.println("Not approved: " + e.getMessage());
            return 1;
        }
    }
}
