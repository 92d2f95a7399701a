package io.cakesync.reconcile;

import java.util.Optional;

/** A run that holds the lock and has its journal open; closing it releases the lock. */
public final class StartedRun implements AutoCloseable {
    private final Journal journal;
    private final Trigger trigger;
    private final boolean dryRun;
    private final Optional<Approval> approval;
    private final RunLock.Held lock;

    StartedRun(Journal journal, Trigger trigger, boolean dryRun, Optional<Approval> approval, RunLock.Held lock) {
        this.journal = journal;
        this.trigger = trigger;
        this.dryRun = dryRun;
        this.approval = approval;
        this.lock = lock;
    }

    public long id() {
        return journal.runId();
    }

    Journal journal() {
        return journal;
    }

    Trigger trigger() {
        return trigger;
    }

    boolean dryRun() {
        return dryRun;
    }

    Optional<Approval> approval() {
        return approval;
    }

    @Override
    public void close() {
        lock.close();
    }
}
