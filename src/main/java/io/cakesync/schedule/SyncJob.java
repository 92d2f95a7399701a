package io.cakesync.schedule;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import io.cakesync.reconcile.SyncConfig;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scheduled run. Quartz (clustered on PostgreSQL) fires it on one replica; the run lock keeps it
 * from overlapping a manual or CLI run anywhere else.
 */
@ApplicationScoped
class SyncJob {
    static final String IDENTITY = "cakesync-sync";
    private static final Logger LOG = Logger.getLogger(SyncJob.class);

    private final SyncRunner runner;
    private final SyncConfig config;

    SyncJob(SyncRunner runner, SyncConfig config) {
        this.runner = runner;
        this.config = config;
    }

    @Scheduled(identity = IDENTITY, cron = "${sync.schedule}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (runner.runNow(Trigger.SCHEDULE, config.dryRun()).isEmpty()) {
            LOG.info("scheduled run skipped: another run is in progress");
        }
    }
}
