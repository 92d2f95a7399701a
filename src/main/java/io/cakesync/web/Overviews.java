package io.cakesync.web;

import java.time.LocalDate;
import java.util.List;

import io.cakesync.audit.RunActivity;
import io.cakesync.schedule.NextRun;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class Overviews {
    static final int DAYS = 30;

    private final RunActivity activity;
    private final NextRun nextRun;
    private final Clock clock;

    Overviews(RunActivity activity, NextRun nextRun, Clock clock) {
        this.activity = activity;
        this.nextRun = nextRun;
        this.clock = clock;
    }

    Overview now(Frame frame) {
        LocalDate last = clock.today();
        LocalDate first = last.minusDays(DAYS - 1);
        List<RunActivity.Run> runs =
                activity.since(first.atStartOfDay(clock.zone()).toOffsetDateTime());
        return new Overview(
                activity.lastSuccessfulLiveRun().orElse(null),
                nextRun.at().orElse(null),
                frame.held(),
                activity.deferred().orElse(null),
                List.of(
                        Charts.runsByStatus(runs, first, last, clock.zone()),
                        Charts.changesByAction(runs, first, last, clock.zone()),
                        Charts.callsAndDuration(runs)));
    }
}
