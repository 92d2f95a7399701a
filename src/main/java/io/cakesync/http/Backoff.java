package io.cakesync.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/** Exponential backoff with full jitter, and the server's {@code Retry-After} when it sends one. */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    Backoff(Duration initial, Duration max, Duration maxRetryAfter, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    /** Wait before attempt {@code failedAttempts + 1}: uniform in [0, min(max, initial * 2^(failedAttempts-1))]. */
    Duration delay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long ceiling = Math.min(max.toNanos(), saturatedShift(initial.toNanos(), doublings));
        return Duration.ofNanos((long) (random.getAsDouble() * ceiling));
    }

    /** Retry-After in seconds or as an HTTP date; the backoff when absent or unreadable. */
    Duration retryAfter(String header, Instant now, int failedAttempts) {
        Duration asked = parseRetryAfter(header, now);
        if (asked == null) {
            return delay(failedAttempts);
        }
        return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
    }

    static Duration parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static long saturatedShift(long value, int bits) {
        return value > (Long.MAX_VALUE >> bits) ? Long.MAX_VALUE : value << bits;
    }
}
