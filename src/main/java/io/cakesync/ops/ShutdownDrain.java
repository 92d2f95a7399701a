package io.cakesync.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.reconcile.RunFinished;
import io.cakesync.reconcile.SyncConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * Graceful shutdown (SIGTERM): asks this process's run to stop between groups (the applier checks
 * {@code shutdown-requested}), then holds shutdown until that run has closed its audit row, so it is
 * recorded as FAILED "interrupted by shutdown" instead of being found RUNNING and ABANDONED later.
 * Runs first among shutdown observers: the scheduler, HTTP and the datasource stop after it.
 */
@ApplicationScoped
class ShutdownDrain {
    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);

    private final RunQueries queries;
    private final SyncConfig sync;
    private final OpsConfig config;
    private volatile boolean requested;

    ShutdownDrain(RunQueries queries, SyncConfig sync, OpsConfig config) {
        this.queries = queries;
        this.sync = sync;
        this.config = config;
    }

    @Produces
    @Named("shutdown-requested")
    BooleanSupplier shutdownRequested() {
        return () -> requested;
    }

    synchronized void onRun(@Observes RunFinished run) {
        notifyAll();
    }

    synchronized void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        requested = true;
        if (!runningHere()) {
            return;
        }
        LOG.info("shutdown: waiting for this process's run to stop between groups");
        long deadline = System.nanoTime() + config.shutdownDrainTimeout().toNanos();
        while (runningHere()) {
            if (System.nanoTime() > deadline) {
                LOG.warnf("shutdown: the run did not stop within %s; the next run will mark it ABANDONED",
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

    private boolean runningHere() {
        try {
            String node = node();
            return queries.runs(5, 0).stream().anyMatch(r -> r.status() == RunStatus.RUNNING && node.equals(r.node()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    // The same name the run orchestrator writes into sync_run.node.
    private String node() {
        return sync.nodeName().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
            } catch (UnknownHostException e) {
                return "pid-" + ProcessHandle.current().pid();
            }
        });
    }
}
