package io.cakesync.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.cakesync.approval.ApprovalRefused;
import io.cakesync.approval.Approvals;

/** Rejects a held plan; nothing of it is applied. */
@Command(name = "reject", description = "Reject the plan held by a run; nothing of it is applied.")
class RejectCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(index = "0", description = "The id of the HELD run.")
    long runId;

    @Option(names = "--comment", required = true, description = "Why you reject (recorded in the audit).")
    String comment;

    @Option(names = "--by", description = "Who rejects (default: the operating-system user).")
    String by = System.getProperty("user.name");

    private final Approvals approvals;

    RejectCommand(Approvals approvals) {
        this.approvals = approvals;
    }

    @Override
    public Integer call() {
        try {
            approvals.reject(runId, by, comment);
            System.out.printf("run %d REJECTED by %s%n", runId, by);
            return 0;
        } catch (ApprovalRefused e) {
            System.err.println("Not rejected: " + e.getMessage());
            return 1;
        }
    }
}
