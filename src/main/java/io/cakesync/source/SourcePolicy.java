package io.cakesync.source;

import java.time.Duration;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.PhaseDeadline;
import io.cakesync.http.Timing;

/**
 * The call policy of one HR API endpoint, from its kind's settings. Connectors build it on first use,
 * so a bad limit fails that kind's read with the key named rather than the application's start.
 */
public final class SourcePolicy {

    private SourcePolicy() {}

    /** {@code limitKey} is the key under {@code sync.source.<kind>} that holds {@code perMinute}. */
    public static CallPolicy of(
            String kind,
            String limitKey,
            int perMinute,
            SourceConfig.Retry retry,
            Duration maxRetryAfter,
            Timing timing) {
        String prefix = "sync.source." + kind + ".";
        if (perMinute < 1) {
            throw new SourceException(prefix + limitKey + " must be at least 1, got " + perMinute);
        }
        if (retry.maxAttempts() < 1) {
            throw new SourceException(prefix + "retry.max-attempts must be at least 1, got " + retry.maxAttempts());
        }
        return new CallPolicy(
                new CallPolicy.Limits(
                        prefix + limitKey,
                        perMinute,
                        retry.maxAttempts(),
                        retry.initialBackoff(),
                        retry.maxBackoff(),
                        maxRetryAfter),
                wait -> {},
                new PhaseDeadline(timing.nanoTime()),
                timing.sleeper(),
                timing.nanoTime(),
                timing.clock(),
                timing.random());
    }
}
