package io.cakesync.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A nano clock and a sleeper that records waits; sleeping advances the clock unless frozen. */
final class FakeTime implements Sleeper {
    final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final boolean frozen;

    FakeTime(boolean frozen) {
        this.frozen = frozen;
    }

    long now() {
        return nanos.get();
    }

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        if (!frozen) {
            advance(duration);
        }
    }
}
