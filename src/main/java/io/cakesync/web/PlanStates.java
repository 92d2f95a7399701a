package io.cakesync.web;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.cakesync.audit.RunView;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where a held plan stands: still waiting, decided (APPROVED or REJECTED) or past
 * {@code sync.safety.held-plan-expiry} (EXPIRED). A run that held nothing keeps its own status.
 */
@ApplicationScoped
@Named("plans")
public class PlanStates {
    private final Duration expiry;

    @Inject
    PlanStates(SyncConfig sync) {
        this(sync.safety().heldPlanExpiry());
    }

    PlanStates(Duration expiry) {
        this.expiry = expiry;
    }

    /** The status a run's heading and the run list show. */
    public String status(RunView run) {
        if (!heldLive(run)) {
            return run.status().name();
        }
        if (run.decision() != null) {
            return run.decision().decision();
        }
        return expired(run) ? "EXPIRED" : RunStatus.HELD.name();
    }

    /** True for a held live plan that nobody decided on in time. */
    public boolean expired(RunView run) {
        return heldLive(run)
                && run.decision() == null
                && run.finishedAt() != null
                && expiresAt(run).isBefore(OffsetDateTime.now());
    }

    public boolean waiting(RunView run) {
        return heldLive(run) && run.decision() == null && run.heldByRun() == null && !expired(run);
    }

    public OffsetDateTime expiresAt(RunView run) {
        return run.finishedAt() == null ? null : run.finishedAt().plus(expiry);
    }

    /** Held plans that finished before this have expired. */
    OffsetDateTime oldestUndecidedStillValid() {
        return OffsetDateTime.now().minus(expiry);
    }

    private static boolean heldLive(RunView run) {
        return run.status() == RunStatus.HELD && "LIVE".equals(run.mode());
    }
}
