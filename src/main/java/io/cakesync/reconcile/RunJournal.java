package io.cakesync.reconcile;

import java.time.Duration;
import java.util.List;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.HrSnapshot;
import io.cakesync.audit.Ownership;
import io.cakesync.audit.StateStore;

import jakarta.enterprise.context.ApplicationScoped;

/** Opens the journal of each run; see {@link Journal}. */
@ApplicationScoped
class RunJournal {
    private final AuditTrail audit;
    private final StateStore state;
    private final HrSnapshot hrSnapshot;
    private final Ownership ownership;

    RunJournal(AuditTrail audit, StateStore state, HrSnapshot hrSnapshot, Ownership ownership) {
        this.audit = audit;
        this.state = state;
        this.hrSnapshot = hrSnapshot;
        this.ownership = ownership;
    }

    /**
     * Marks runs whose process is gone as ABANDONED: those whose heartbeat is older than {@code staleAfter}.
     * Only while holding the run lock, so that their lock is known to be free.
     */
    int abandonUnfinishedRuns(Duration staleAfter) {
        return audit.abandonUnfinishedRuns(staleAfter);
    }

    /** Runs still RUNNING: after {@link #abandonUnfinishedRuns}, those that lost the lock but still live. */
    List<Long> unfinishedRuns() {
        return audit.unfinishedRuns();
    }

    Journal open(Trigger trigger, boolean dryRun, String node) {
        return new Journal(audit.openRun(trigger.name(), dryRun, node), dryRun, audit, state, hrSnapshot, ownership);
    }
}
