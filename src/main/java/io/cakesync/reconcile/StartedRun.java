package io.cakesync.reconcile;

import java.util.Optional;

/** A run that holds the lock and has its audit row; closing it releases the lock. */
public final class StartedRun implements AutoCloseable {
    private final long id;
    private final Trigger trigger;
    private final boolean dryRun;
    private final Optional<Approval> approval;
    private final RunLock.Held lock;

    StartedRun(long id, Trigger trigger, boolean dryRun, Optional<Approval> approval, RunLock.Held lock) {
        this.id = id;
        this.trigger = trigger;
        this.dryRun = dryRun;
        this.approval = approval;
        this.lock = lock;
    }

    public long id() {
        return id;
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
