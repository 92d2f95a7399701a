package io.cakesync.reconcile;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/** A run that holds the lock and has its journal open; closing it stops its heartbeat and releases the lock. */
public final class StartedRun implements AutoCloseable {
    private final Journal journal;
    private final Trigger trigger;
    private final boolean dryRun;
    private final Optional<Approval> approval;
    private final RunLock.Held lock;
    private final ScheduledFuture<?> heartbeat;
    private final RunControl control;

    StartedRun(
            Journal journal,
            Trigger trigger,
            boolean dryRun,
            Optional<Approval> approval,
            RunLock.Held lock,
            ScheduledFuture<?> heartbeat,
            RunControl control) {
        this.journal = journal;
        this.trigger = trigger;
        this.dryRun = dryRun;
        this.approval = approval;
        this.lock = lock;
        this.heartbeat = heartbeat;
        this.control = control;
        control.opened(journal.runId());
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

    RunLock.Held lock() {
        return lock;
    }

    @Override
    public void close() {
        heartbeat.cancel(false);
        lock.close();
        control.closed(journal.runId());
    }
}
