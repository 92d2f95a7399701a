package io.cakesync.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-shot faults, consumed in the order they were added by the first request whose method and
 * path (the whole path, as a regex) match. Requests refused by auth or the rate limit do not
 * consume a fault.
 */
public final class Faults {

    private final List<Fault> pending = new ArrayList<>();

    public void respond(String method, String pathRegex, int status, Integer retryAfterSeconds) {
        requireErrorStatus(status);
        add(new Fault.Respond(method, Pattern.compile(pathRegex), status, retryAfterSeconds));
    }

    public void applyThenRespond(String method, String pathRegex, int status) {
        requireErrorStatus(status);
        add(new Fault.ApplyThenRespond(method, Pattern.compile(pathRegex), status));
    }

    public void applyThenDelay(String method, String pathRegex, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        add(new Fault.ApplyThenDelay(method, Pattern.compile(pathRegex), delay));
    }

    /** The returned hold tells when the request has been applied and lets its answer go. */
    public Hold applyThenHold(String method, String pathRegex) {
        Hold hold = new Hold();
        add(new Fault.ApplyThenHold(method, Pattern.compile(pathRegex), hold));
        return hold;
    }

    /** How many faults no request has consumed yet. */
    public synchronized int pending() {
        return pending.size();
    }

    public synchronized void clear() {
        pending.clear();
    }

    synchronized Optional<Fault> take(String method, String path) {
        for (Iterator<Fault> it = pending.iterator(); it.hasNext();) {
            Fault fault = it.next();
            if (fault.matches(method, path)) {
                it.remove();
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private synchronized void add(Fault fault) {
        Objects.requireNonNull(fault.method(), "method");
        pending.add(fault);
    }

    private static void requireErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault answers with a 4xx or 5xx status, got " + status);
        }
    }
}
