package io.cakesync.reconcile;

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

    /** Marks runs whose process is gone as ABANDONED; only while holding the run lock. */
    int abandonUnfinishedRuns() {
        return audit.abandonUnfinishedRuns();
    }

    Journal open(Trigger trigger, boolean dryRun, String node) {
        return new Journal(audit.openRun(trigger.name(), dryRun, node), dryRun, audit, state, hrSnapshot, ownership);
    }
}
