package io.cakesync.events;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.quarkus.test.junit.QuarkusMock;

/**
 * The events' clock under a test's control: frozen (to the microsecond, as PostgreSQL keeps time) and moved
 * forward, or running (shifted) like a real one.
 */
final class TestClock extends EventClock {
    private volatile Instant frozen;
    private volatile Duration ahead = Duration.ZERO;

    static TestClock install() {
        TestClock clock = new TestClock();
        QuarkusMock.installMockForType(clock, EventClock.class);
        return clock;
    }

    TestClock freeze() {
        frozen = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return this;
    }

    void advance(Duration by) {
        if (frozen != null) {
            frozen = frozen.plus(by);
        } else {
            ahead = ahead.plus(by);
        }
    }

    @Override
    Instant now() {
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(ahead);
    }
}
