package io.cakesync.ops;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

import io.cakesync.reconcile.RunControl;
import io.cakesync.reconcile.RunFinished;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Graceful shutdown (SIGTERM): asks this process's run to stop between groups (through
 * {@link RunControl}), then holds shutdown until that run has closed its audit row, so it is
 * recorded as FAILED "interrupted by shutdown" instead of being found RUNNING and ABANDONED later.
 * "This process's run" is the run id it opened, never a node name another replica may share.
 * Runs first among shutdown observers: the scheduler, HTTP and the datasource stop after it.
 */
@ApplicationScoped
class ShutdownDrain {
    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);

    private final RunControl control;
    private final OpsConfig config;

    ShutdownDrain(RunControl control, OpsConfig config) {
        this.control = control;
        this.config = config;
    }

    synchronized void onRun(@Observes RunFinished run) {
        notifyAll();
    }

    synchronized void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        control.requestShutdown();
        if (!runningHere()) {
            return;
        }
        LOG.info("shutdown: waiting for this process's run to stop between groups");
        long deadline = System.nanoTime() + config.shutdownDrainTimeout().toNanos();
        while (runningHere()) {
            if (System.nanoTime() > deadline) {
                LOG.warnf(
                        "shutdown: the run did not stop within %s; the next run will mark it ABANDONED",
                        config.shutdownDrainTimeout());
                return;
            }
            try {
                wait(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.info("shutdown: the run stopped and its audit row is closed");
    }

    // A run leaves this set when it is closed, after its audit row.
    private boolean runningHere() {
        return !control.runsHere().isEmpty();
    }
}
