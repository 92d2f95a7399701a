package io.cakesync.cakewalk;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When one call must be over, retries included: the call's own deadline or the run phase's,
 * whichever comes first. No attempt starts and no wait ends past it.
 */
final class Deadline {
    private final String label;
    private final long endsAt;
    private final String what;
    private final LongSupplier nanoTime;
    private int attempts;
    private Reply last;

    private Deadline(String label, long endsAt, String what, LongSupplier nanoTime) {
        this.label = label;
        this.endsAt = endsAt;
        this.what = what;
        this.nanoTime = nanoTime;
    }

    static Deadline of(String label, Duration callLimit, PhaseDeadline phase, LongSupplier nanoTime) {
        long callEnds = nanoTime.getAsLong() + callLimit.toNanos();
        Deadline call = new Deadline(label, callEnds, "the call deadline (cakewalk.call-deadline = " + human(callLimit) + ")",
                nanoTime);
        return phase.current().filter(p -> p.endsAt() - callEnds < 0)
                .map(p -> new Deadline(label, p.endsAt(), "the " + p.name() + " phase deadline (" + p.setting() + " = "
                        + human(p.limit()) + ")", nanoTime))
                .orElse(call);
    }

    void beforeAttempt() {
        if (nanoTime.getAsLong() - endsAt >= 0) {
            throw passed();
        }
    }

    void answered(Reply reply) {
        attempts++;
        last = reply;
    }

    /** Before waiting {@code wait} to resend: a wait that would end past the deadline is not started. */
    void beforeWait(Duration wait) {
        if (nanoTime.getAsLong() + wait.toNanos() - endsAt >= 0) {
            throw passed();
        }
    }

    private DeadlinePassed passed() {
        return new DeadlinePassed(label + " gave up after " + attempts + " attempt(s): " + what + " passed"
                + (last == null ? "" : "; last answer: " + last.describe()), last == null ? null : last.httpStatus(),
                attempts, last == null ? null : last.error());
    }

    /** As the configuration is written: 45s, 5m, 1h30m. */
    static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    /** A call stopped by its deadline; a write it belonged to is reported FAILED with this message. */
    static final class DeadlinePassed extends CakewalkUnavailable {
        DeadlinePassed(String message, Integer status, int attempts, Throwable cause) {
            super(message, status, attempts, cause);
        }
    }
}
