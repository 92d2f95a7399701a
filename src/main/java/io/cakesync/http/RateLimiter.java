package io.cakesync.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Client-side limit with evenly spaced permits and no burst: the APIs' limits are per minute with
 * undocumented windows, so the only safe shape is never to send two calls closer than 60s / limit.
 * Each caller reserves the next free slot under the lock and sleeps outside it.
 */
final class RateLimiter {
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long nextFreeNanos;
    private boolean started;

    RateLimiter(String setting, int permitsPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
        if (permitsPerMinute <= 0) {
            throw new IllegalArgumentException(setting + " must be positive, was " + permitsPerMinute);
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / permitsPerMinute;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Blocks until this caller may send; returns how long it waited. */
    Duration acquire() {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }

    private synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        // Compare by difference: nanoTime may be negative and may wrap.
        long slot = !started || now - nextFreeNanos > 0 ? now : nextFreeNanos;
        started = true;
        nextFreeNanos = slot + intervalNanos;
        return Duration.ofNanos(slot - now);
    }
}
