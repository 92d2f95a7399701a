package io.cakesync.schedule;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;

import jakarta.enterprise.context.ApplicationScoped;

/** When the scheduler fires the next scheduled run, as Quartz has it; empty when the schedule is off. */
@ApplicationScoped
public class NextRun {
    private final Scheduler scheduler;

    NextRun(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public Optional<Instant> at() {
        Trigger trigger = scheduler.getScheduledJob(SyncJob.IDENTITY);
        return trigger == null || !scheduler.isRunning()
                ? Optional.empty()
                : Optional.ofNullable(trigger.getNextFireTime());
    }
}
