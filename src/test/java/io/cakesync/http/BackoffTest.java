package io.cakesync.http;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void doublesTheCeilingPerAttemptUpToTheMaximum() {
        Backoff top = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), MAX_RETRY_AFTER, () -> 1.0);

        assertThat(top.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(top.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(top.delay(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(top.delay(5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(top.delay(500)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jittersOverTheWholeRange() {
        assertThat(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), MAX_RETRY_AFTER, () -> 0.0).delay(3))
                .isZero();
        assertThat(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), MAX_RETRY_AFTER, () -> 0.5).delay(3))
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void honoursRetryAfterInSecondsAndAsAnHttpDate() {
        Backoff backoff = new Backoff(Duration.ofMillis(5), Duration.ofMillis(50), MAX_RETRY_AFTER, () -> 1.0);

        assertThat(backoff.retryAfter("7", NOW, 1)).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.retryAfter(" 0 ", NOW, 1)).isZero();
        assertThat(backoff.retryAfter("Mon, 02 Mar 2026 10:00:30 GMT", NOW, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.retryAfter("Mon, 02 Mar 2026 09:59:00 GMT", NOW, 1)).isZero();
    }

    @Test
    void capsAnAbsurdRetryAfter() {
        Backoff backoff = new Backoff(Duration.ofMillis(5), Duration.ofMillis(50), MAX_RETRY_AFTER, () -> 1.0);

        assertThat(backoff.retryAfter("86400", NOW, 1)).isEqualTo(MAX_RETRY_AFTER);
        assertThat(backoff.retryAfter("Tue, 03 Mar 2026 10:00:00 GMT", NOW, 1)).isEqualTo(MAX_RETRY_AFTER);
    }

    @Test
    void fallsBackToTheBackoffWhenRetryAfterIsMissingOrUnreadable() {
        Backoff backoff = new Backoff(Duration.ofMillis(5), Duration.ofMillis(50), MAX_RETRY_AFTER, () -> 1.0);

        assertThat(backoff.retryAfter(null, NOW, 2)).isEqualTo(Duration.ofMillis(10));
        assertThat(backoff.retryAfter("", NOW, 2)).isEqualTo(Duration.ofMillis(10));
        assertThat(backoff.retryAfter("soon", NOW, 2)).isEqualTo(Duration.ofMillis(10));
        assertThat(backoff.retryAfter("-3", NOW, 2)).isEqualTo(Duration.ofMillis(10));
        assertThat(backoff.retryAfter("99999999999999999999", NOW, 2)).isEqualTo(Duration.ofMillis(10));
    }
}
