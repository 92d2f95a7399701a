package io.cakesync.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * How one remote API may be called: a client-side rate limit, a bounded number of attempts, and the
 * wait before each resend (the server's Retry-After on 429, otherwise jittered exponential backoff),
 * and a deadline per call, retries included, that the run phase's deadline can shorten.
 * Every API client (Cakewalk and each HR connector) builds one from its own {@link Limits}; the
 * client decides what is worth retrying, the policy decides how long to wait. Thread-safe.
 */
public final class CallPolicy {
    private final Limits limits;
    private final RateLimiter limiter;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Consumer<Duration> onRetry;
    private final PhaseDeadline phase;
    private final LongSupplier nanoTime;

    /**
     * {@code name} is the setting that holds the limit, for messages (e.g. "cakewalk.rate-limit-per-minute").
     * {@code maxRetryAfter} caps a server's Retry-After, since a far longer one is more likely a bug than a plan.
     * {@code callDeadline} bounds one call with all its attempts and waits; {@code callDeadlineName} is its setting.
     */
    public record Limits(
            String name,
            int perMinute,
            int maxAttempts,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration maxRetryAfter,
            String callDeadlineName,
            Duration callDeadline) {

        /** Without a deadline of their own: calls are bounded by their attempts, timeouts and waits alone. */
        public Limits(
                String name,
                int perMinute,
                int maxAttempts,
                Duration initialBackoff,
                Duration maxBackoff,
                Duration maxRetryAfter) {
            this(name, perMinute, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, null, null);
        }
    }

    public CallPolicy(Limits limits, Consumer<Duration> onRetry, PhaseDeadline phase) {
        this(
                limits,
                onRetry,
                phase,
                Sleeper.REAL,
                System::nanoTime,
                Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public CallPolicy(
            Limits limits,
            Consumer<Duration> onRetry,
            PhaseDeadline phase,
            Sleeper sleeper,
            LongSupplier nanoTime,
            Clock clock,
            DoubleSupplier random) {
        this.limits = limits;
        this.phase = phase;
        this.nanoTime = nanoTime;
        this.limiter = new RateLimiter(limits.name(), limits.perMinute(), nanoTime, sleeper);
        this.backoff = new Backoff(limits.initialBackoff(), limits.maxBackoff(), limits.maxRetryAfter(), random);
        this.sleeper = sleeper;
        this.clock = clock;
        this.onRetry = onRetry;
    }

    public int maxAttempts() {
        return limits.maxAttempts();
    }

    /** Blocks until the rate limit lets this caller send; returns how long it waited. */
    public Duration permit() {
        return limiter.acquire();
    }

    /** Starts one call: every attempt and wait of it must be over by the deadline returned. */
    public Deadline deadline(String label) {
        return Deadline.of(label, limits.callDeadlineName(), limits.callDeadline(), phase, nanoTime);
    }

    /** Waits before attempt {@code failedAttempts + 1}, for a caller whose calls have no deadline. */
    public void beforeResend(boolean rateLimited, String retryAfter, int failedAttempts) {
        wait(rateLimited, retryAfter, failedAttempts, wait -> {});
    }

    /**
     * Waits before attempt {@code failedAttempts + 1}; {@code retryAfter} is the header of a 429, if any.
     * Throws {@link Deadline.DeadlinePassed} instead of waiting past the call's deadline.
     */
    public void beforeResend(boolean rateLimited, String retryAfter, int failedAttempts, Deadline deadline) {
        wait(rateLimited, retryAfter, failedAttempts, deadline::beforeWait);
    }

    private void wait(boolean rateLimited, String retryAfter, int failedAttempts, Consumer<Duration> check) {
        Duration wait = rateLimited
                ? backoff.retryAfter(retryAfter, clock.instant(), failedAttempts)
                : backoff.delay(failedAttempts);
        check.accept(wait);
        onRetry.accept(wait);
        sleeper.sleep(wait);
    }
}
