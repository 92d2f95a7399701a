package io.cakesync.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cakesync.audit.RunQueries;
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.RunFinished;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When a run last succeeded, on any replica: read from the audit, at most once a minute, and at once
 * when this process finishes a successful run. Before any success, the time this process started.
 * Event runs do not count: they re-read a few people, and the full run is the reconcile of record.
 */
@ApplicationScoped
public class LastSuccess {
    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static final int PAGE = 50;
    private static final int MAX_PAGES = 20;

    private final RunQueries queries;
    private final Clock clock;
    private final Instant started;
    private Instant known;
    private Instant readAt = Instant.MIN;

    @Inject
    LastSuccess(RunQueries queries) {
        this(queries, Clock.systemUTC());
    }

    LastSuccess(RunQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** The finish time of the newest successful run, or this process's start when none is known. */
    public synchronized Instant since() {
        Instant now = clock.instant();
        if (readAt.plus(REFRESH).isBefore(now)) {
            readAt = now;
            newestInAudit().filter(t -> known == null || t.isAfter(known)).ifPresent(t -> known = t);
        }
        return known == null ? started : known;
    }

    public Duration age() {
        return Duration.between(since(), clock.instant());
    }

    synchronized void onRun(@Observes RunFinished run) {
        if (run.status() == RunStatus.SUCCEEDED && run.trigger() != Trigger.EVENT) {
            known = clock.instant();
        }
    }

    private Optional<Instant> newestInAudit() {
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                List<RunView> runs = queries.runs(PAGE, page * PAGE);
                Optional<RunView> success = runs.stream()
                        .filter(r -> r.status() == RunStatus.SUCCEEDED
                                && r.finishedAt() != null
                                && !Trigger.EVENT.name().equals(r.trigger()))
                        .findFirst();
                if (success.isPresent() || runs.size() < PAGE) {
                    return success.map(r -> r.finishedAt().toInstant());
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            // The database is down: the last known answer stands, and readiness reports the database.
            return Optional.empty();
        }
    }
}
