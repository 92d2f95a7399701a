package io.cakesync.http;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * When one call must be over, retries included: the call's own deadline or the run phase's,
 * whichever comes first. No attempt starts and no wait ends past it. One per call, on one thread.
 */
public final class Deadline {
    private final String label;
    private final long endsAt;
    private final String what;
    private final LongSupplier nanoTime;
    private int attempts;
    private String lastAnswer;
    private Integer lastStatus;
    private Throwable lastError;

    private Deadline(String label, long endsAt, String what, LongSupplier nanoTime) {
        this.label = label;
        this.endsAt = endsAt;
        this.what = what;
        this.nanoTime = nanoTime;
    }

    /** {@code setting}: the configuration key of {@code callLimit}, for the error when it passes. */
    static Deadline of(String label, String setting, Duration callLimit, PhaseDeadline phase, LongSupplier nanoTime) {
        long callEnds = nanoTime.getAsLong() + callLimit.toNanos();
        Deadline call = new Deadline(
                label, callEnds, "the call deadline (" + setting + " = " + human(callLimit) + ")", nanoTime);
        return phase.current()
                .filter(p -> p.endsAt() - callEnds < 0)
                .map(p -> new Deadline(
                        label,
                        p.endsAt(),
                        "the " + p.name() + " phase deadline (" + p.setting() + " = " + human(p.limit()) + ")",
                        nanoTime))
                .orElse(call);
    }

    /** Before sending an attempt: throws {@link DeadlinePassed} once the deadline is reached. */
    public void beforeAttempt() {
        if (nanoTime.getAsLong() - endsAt >= 0) {
            throw passed();
        }
    }

    /** After each attempt, so the error can say how many there were and what the last one got. */
    public void answered(String description, Integer httpStatus, Throwable error) {
        attempts++;
        lastAnswer = description;
        lastStatus = httpStatus;
        lastError = error;
    }

    /** Before waiting {@code wait} to resend: a wait that would end past the deadline is not started. */
    void beforeWait(Duration wait) {
        if (nanoTime.getAsLong() + wait.toNanos() - endsAt >= 0) {
            throw passed();
        }
    }

    private DeadlinePassed passed() {
        return new DeadlinePassed(
                label + " gave up after " + attempts + " attempt(s): " + what + " passed"
                        + (lastAnswer == null ? "" : "; last answer: " + lastAnswer),
                lastStatus,
                attempts,
                lastError);
    }

    /** As the configuration is written: 45s, 5m, 1h30m. */
    static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** A call stopped by its deadline; a write it belonged to is reported FAILED with this message. */
    public static final class DeadlinePassed extends RuntimeException {
        private final Integer status;
        private final int attempts;

        DeadlinePassed(String message, Integer status, int attempts, Throwable cause) {
            super(message, cause);
            this.status = status;
            this.attempts = attempts;
        }

        /** The HTTP status of the last answer, if there was one. */
        public Integer status() {
            return status;
        }

        public int attempts() {
            return attempts;
        }
    }
}
