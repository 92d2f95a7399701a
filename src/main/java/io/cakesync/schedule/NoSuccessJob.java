package io.cakesync.schedule;

import io.quarkus.scheduler.Scheduled;

import io.cakesync.notify.NoSuccessWatch;

import jakarta.enterprise.context.ApplicationScoped;

/** Looks, every {@code notify.no-success-check-every}, whether runs have stopped succeeding. */
@ApplicationScoped
class NoSuccessJob {
    private final NoSuccessWatch watch;

    NoSuccessJob(NoSuccessWatch watch) {
        this.watch = watch;
    }

    @Scheduled(
            identity = "cakesync-no-success-watch",
            every = "${notify.no-success-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        watch.check();
    }
}
