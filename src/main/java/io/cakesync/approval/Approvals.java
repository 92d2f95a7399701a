package io.cakesync.approval;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.cakesync.audit.Decisions;
import io.cakesync.audit.RunQueries;
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.Approval;
import io.cakesync.reconcile.StartedRun;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Admin decisions on held plans. Approving starts a run that recomputes the plan from fresh state and
 * releases the held changes only if they are exactly the ones approved; otherwise it holds again.
 */
@ApplicationScoped
public class Approvals {
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    private final RunQueries queries;
    private final Decisions decisions;
    private final SyncRunner runner;
    private final SyncConfig config;

    Approvals(RunQueries queries, Decisions decisions, SyncRunner runner, SyncConfig config) {
        this.queries = queries;
        this.decisions = decisions;
        this.runner = runner;
        this.config = config;
    }

    /**
     * Records the approval and opens the run that applies it; the caller executes that run. A run held by
     * another run's plan is approved by approving that plan, which decides it for every run pointing at it.
     */
    public StartedRun approve(long runId, String by, String comment) {
        RunView held = undecidedHeldRun(runId, by, comment);
        long heldRunId = held.id();
        OffsetDateTime expires = held.planExpiresAt() != null
                ? held.planExpiresAt()
                : held.finishedAt().plus(config.safety().heldPlanExpiry());
        if (expires.isBefore(OffsetDateTime.now())) {
            throw new ApprovalRefused("the plan held by run " + heldRunId + " expired at " + expires
                    + "; the next run holds a fresh plan to approve");
        }
        StartedRun run = runner.begin(
                        Trigger.APPROVAL, false, Optional.of(new Approval(heldRunId, held.planDigest(), by.trim())))
                .orElseThrow(() -> new ApprovalRefused("a run is in progress; approve again when it has finished"));
        if (!decisions.record(heldRunId, APPROVED, by.trim(), comment.trim())) {
            runner.abort(run, "run " + heldRunId + " was decided by someone else meanwhile");
            throw new ApprovalRefused("run " + heldRunId + " was decided by someone else meanwhile");
        }
        return run;
    }

    public void reject(long runId, String by, String comment) {
        long heldRunId = undecidedHeldRun(runId, by, comment).id();
        if (!decisions.record(heldRunId, REJECTED, by.trim(), comment.trim())) {
            throw new ApprovalRefused("run " + heldRunId + " was decided by someone else meanwhile");
        }
    }

    private RunView undecidedHeldRun(long runId, String by, String comment) {
        if (by == null || by.isBlank()) {
            throw new ApprovalRefused("say who decides");
        }
        if (comment == null || comment.isBlank()) {
            throw new ApprovalRefused("a comment is required: say why");
        }
        RunView run = queries.run(runId)
                .orElseThrow(() -> new ApprovalRefused("there is no run " + runId))
                .run();
        if (run.status() != RunStatus.HELD || !"LIVE".equals(run.mode())) {
            throw new ApprovalRefused("run " + runId + " is " + run.status() + " (" + run.mode()
                    + "); only a live run that is HELD has a plan to approve or reject");
        }
        if (run.decision() != null) {
            throw new ApprovalRefused("run " + runId + " was already "
                    + run.decision().decision() + " by "
                    + run.decision().decidedBy() + " at " + run.decision().decidedAt()
                    + (run.heldByRun() == null ? "" : " (as the plan of run " + run.heldByRun() + ")"));
        }
        if (run.heldByRun() != null) {
            return queries.run(run.heldByRun())
                    .orElseThrow(() -> new ApprovalRefused("run " + runId + " is held by the plan of run "
                            + run.heldByRun() + ", which no longer exists"))
                    .run();
        }
        return run;
    }
}
