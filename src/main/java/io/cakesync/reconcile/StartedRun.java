package io.cakesync.reconcile;

/** A run that holds the lock and has its audit row; closing it releases the lock. */
public final class StartedRun implements AutoCloseable {
    private final long id;
    private final Trigger trigger;
    private final boolean dryRun;
    private final RunLock.Held lock;

    StartedRun(long id, Trigger trigger, boolean dryRun, RunLock.Held lock) {
        this.id = id;
        this.trigger = trigger;
        this.dryRun = dryRun;
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

    @Override
    public void close() {
        lock.close();
    }
}
