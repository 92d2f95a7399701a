package io.cakesync.reconcile;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.cakesync.http.PhaseDeadline;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers "may this run write now?" before every batch of writes: not once shutdown was requested,
 * not once the run lost its lock, not past the apply phase deadline. Also knows which runs this
 * process started, for the shutdown drain.
 */
@ApplicationScoped
public class RunControl {
    private static final Logger LOG = Logger.getLogger(RunControl.class);

    private final SyncConfig config;
    private final PhaseDeadline phase;
    private final Set<Long> here = ConcurrentHashMap.newKeySet();
    private volatile boolean shutdown;

    RunControl(SyncConfig config, PhaseDeadline phase) {
        this.config = config;
        this.phase = phase;
    }

    /** From now on no run of this process starts another batch of writes. */
    public void requestShutdown() {
        shutdown = true;
    }

    public boolean shutdownRequested() {
        return shutdown;
    }

    /** Ids of the runs this process has open. */
    public Set<Long> runsHere() {
        return Set.copyOf(here);
    }

    void opened(long runId) {
        here.add(runId);
    }

    void closed(long runId) {
        here.remove(runId);
    }

    void reading() {
        phase.start("read", "sync.phase-deadline.read", config.phaseDeadline().read());
    }

    Gate applying(long runId, RunLock.Held lease) {
        phase.start("apply", "sync.phase-deadline.apply", config.phaseDeadline().apply());
        return new Gate(
                runId, lease, System.nanoTime() + config.phaseDeadline().apply().toNanos());
    }

    void phaseOver() {
        phase.end();
    }

    /** One run's answer; once it says no, it keeps saying no with the same reason. */
    final class Gate {
        private final long runId;
        private final RunLock.Held lease;
        private final long applyEnds;
        private String stopped;

        private Gate(long runId, RunLock.Held lease, long applyEnds) {
            this.runId = runId;
            this.lease = lease;
            this.applyEnds = applyEnds;
        }

        synchronized boolean mayWrite() {
            if (stopped == null) {
                stopped = reason();
            }
            return stopped == null;
        }

        synchronized RunStopped stopped() {
            return new RunStopped(stopped);
        }

        private String reason() {
            if (shutdown) {
                return "interrupted by shutdown";
            }
            if (System.nanoTime() - applyEnds >= 0) {
                return "the apply phase deadline (sync.phase-deadline.apply = "
                        + config.phaseDeadline().apply() + ") passed";
            }
            if (!lease.stillHeld()) {
                LOG.errorf(
                        "run %d lost the run lock (its database session was cut); it stops before its next write",
                        runId);
                return "lost the run lock";
            }
            return null;
        }
    }
}
