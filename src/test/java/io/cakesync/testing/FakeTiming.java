package io.cakesync.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.cakesync.http.Sleeper;
import io.cakesync.http.Timing;

/** A fixed wall clock, a nano clock that sleeping advances, and the waits the call policy asked for. */
public final class FakeTiming implements Sleeper {
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    public final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    public Timing timing() {
        return new Timing(this, nanos::get, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5);
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        nanos.addAndGet(duration.toNanos());
    }
}
