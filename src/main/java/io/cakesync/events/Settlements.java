package io.cakesync.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.TargetedReport;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.source.PersonRef;

/**
 * What a targeted run means for each event it took. A run that succeeded or held its changes for an
 * admin settles its events; one that failed, or failed some changes, leaves them pending for a retry
 * with backoff, until the last attempt marks them FAILED (the next full run covers their people anyway).
 */
final class Settlements {

    private Settlements() {}

    static List<Settlement> of(
            List<Claimed> events, TargetedReport report, int maxAttempts, Duration backoff, Instant now) {
        RunReport run = report.run();
        boolean failed = run.status() == RunStatus.FAILED || run.status() == RunStatus.PARTIAL;
        return events.stream()
                .map(e -> {
                    String unknown = e.people().stream()
                            .filter(report.unknown()::contains)
                            .map(PersonRef::toString)
                            .collect(Collectors.joining(", "));
                    String note = join(
                            unknown.isEmpty() ? null : "not in HR, so nothing changed for them: " + unknown,
                            run.status() == RunStatus.HELD
                                    ? "changes held for an admin's approval in run " + run.runId()
                                    : null,
                            failed
                                    ? (run.error() != null
                                            ? run.error()
                                            : "some changes failed; see run " + run.runId())
                                    : null);
                    if (!failed) {
                        return new Settlement(
                                e.id(), "DONE", run.runId(), run.status().name(), note, null);
                    }
                    if (e.attempts() >= maxAttempts) {
                        return new Settlement(
                                e.id(),
                                "FAILED",
                                run.runId(),
                                run.status().name(),
                                note + " (gave up after " + e.attempts()
                                        + " attempts; the next full run covers these people)",
                                null);
                    }
                    return new Settlement(
                            e.id(),
                            "PENDING",
                            run.runId(),
                            run.status().name(),
                            note,
                            now.plus(backoff.multipliedBy(1L << Math.min(e.attempts() - 1, 20))));
                })
                .toList();
    }

    private static String join(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
