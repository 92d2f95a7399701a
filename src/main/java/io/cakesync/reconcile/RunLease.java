package io.cakesync.reconcile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The right to run: the run lock, and the proof that no earlier run is still alive. A run that lost
 * its lock but lives keeps its heartbeat until it has stopped and closed itself; only a run whose
 * lock is free and whose heartbeat is stale is provably gone and marked ABANDONED.
 */
@ApplicationScoped
class RunLease {
    private static final Logger LOG = Logger.getLogger(RunLease.class);

    private final RunLock lock;
    private final RunJournal journals;
    private final SyncConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cakesync-heartbeat");
        t.setDaemon(true);
        return t;
    });

    RunLease(RunLock lock, RunJournal journals, SyncConfig config) {
        this.lock = lock;
        this.journals = journals;
        this.config = config;
    }

    /** Empty when another run holds the lock, or one that lost it is still alive. */
    Optional<RunLock.Held> take() {
        Optional<RunLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            return held;
        }
        try {
            // Holding the lock, every run still RUNNING has lost its own: its heartbeat tells the dead from the living.
            int abandoned = journals.abandonUnfinishedRuns(config.lease().staleAfter());
            if (abandoned > 0) {
                LOG.warnf("marked %d run(s) ABANDONED: their process stopped before finishing", abandoned);
            }
            List<Long> alive = journals.unfinishedRuns();
            if (!alive.isEmpty()) {
                LOG.warnf(
                        "run(s) %s lost the run lock but are still alive and stopping; not starting a run beside them",
                        alive);
                held.get().close();
                return Optional.empty();
            }
            return held;
        } catch (RuntimeException e) {
            held.get().close();
            throw e;
        }
    }

    /** Beats until the returned handle is cancelled. */
    ScheduledFuture<?> heartbeat(Journal journal) {
        long every = config.lease().heartbeatEvery().toMillis();
        return timer.scheduleAtFixedRate(() -> beat(journal), every, every, TimeUnit.MILLISECONDS);
    }

    private void beat(Journal journal) {
        try {
            journal.heartbeat();
        } catch (RuntimeException e) {
            LOG.warnf("run %d: cannot write its heartbeat: %s", journal.runId(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
