package io.cakesync.cakewalk;

import java.time.Clock;
import java.time.Duration;

/** The wait before a resend: the server's Retry-After on 429, otherwise jittered backoff. */
final class Pause {
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;
    private final CallCounter counter;

    Pause(Backoff backoff, Sleeper sleeper, Clock clock, CallCounter counter) {
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
        this.counter = counter;
    }

    /** Throws {@link Deadline.DeadlinePassed} instead of waiting past the call's deadline. */
    void beforeResend(Reply last, int failedAttempts, Deadline deadline) {
        Duration wait = last.rateLimited()
                ? backoff.retryAfter(last.retryAfter(), clock.instant(), failedAttempts)
                : backoff.delay(failedAttempts);
        deadline.beforeWait(wait);
        counter.retry(wait);
        sleeper.sleep(wait);
    }
}
