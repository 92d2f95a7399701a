package io.cakesync.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A sliding 60-second window over accepted requests. Refused requests do not occupy a slot, so a
 * client that honours Retry-After gets through once the window has moved on.
 */
final class RateLimiter {

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Deque<Long> accepted = new ArrayDeque<>();
    private long refused;

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Empty when the request may proceed, otherwise the seconds to put in Retry-After. */
    synchronized OptionalLong acquire() {
        if (perMinute == 0) {
            return OptionalLong.empty();
        }
        long now = nanoClock.getAsLong();
        while (!accepted.isEmpty() && now - accepted.peekFirst() >= WINDOW_NANOS) {
            accepted.removeFirst();
        }
        if (accepted.size() < perMinute) {
            accepted.addLast(now);
            return OptionalLong.empty();
        }
        refused++;
        long waitNanos = accepted.peekFirst() + WINDOW_NANOS - now;
        return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000));
    }

    synchronized long refused() {
        return refused;
    }
}
