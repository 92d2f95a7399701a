package io.cakesync.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    @Test
    void spacesPermitsEvenlyWithoutABurst() {
        FakeTime time = new FakeTime(false);
        RateLimiter limiter = new RateLimiter("test.rate-limit", 60, time::now, time);

        assertThat(limiter.acquire()).isZero();
        assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void creditsOnlyTheTimeActuallyElapsed() {
        FakeTime time = new FakeTime(false);
        RateLimiter limiter = new RateLimiter("test.rate-limit", 60, time::now, time);
        limiter.acquire();

        time.advance(Duration.ofMillis(400));
        assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(600));

        time.advance(Duration.ofMinutes(5));
        assertThat(limiter.acquire())
                .as("an idle limiter lends no burst beyond one permit")
                .isZero();
        assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void givesConcurrentCallersDistinctSlots() throws Exception {
        FakeTime time = new FakeTime(true);
        RateLimiter limiter = new RateLimiter("test.rate-limit", 600, time::now, time);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Duration>> callers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                callers.add(limiter::acquire);
            }
            List<Duration> waits = new ArrayList<>();
            for (Future<Duration> wait : pool.invokeAll(callers)) {
                waits.add(wait.get());
            }
            List<Duration> expected = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                expected.add(Duration.ofMillis(100L * i));
            }
            assertThat(waits).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesANonPositiveLimit() {
        FakeTime time = new FakeTime(false);
        assertThatThrownBy(() -> new RateLimiter("test.rate-limit", 0, time::now, time))
                .hasMessageContaining("test.rate-limit");
    }
}
