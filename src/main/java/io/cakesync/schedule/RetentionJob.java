package io.cakesync.schedule;

import io.quarkus.scheduler.Scheduled;

import io.cakesync.audit.RetentionPurge;

import jakarta.enterprise.context.ApplicationScoped;

/** The nightly purge of finished runs older than {@code retention.days}; fired on one replica. */
@ApplicationScoped
class RetentionJob {
    private final RetentionPurge purge;

    RetentionJob(RetentionPurge purge) {
        this.purge = purge;
    }

    @Scheduled(
            identity = "cakesync-retention",
            cron = "${retention.schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        purge.purgeExpired("schedule");
    }
}
