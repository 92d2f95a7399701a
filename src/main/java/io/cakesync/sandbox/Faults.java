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
    private final List<Hold> holds = new ArrayList<>();

    public void respond(String method, String pathRegex, int status, Integer retryAfterSeconds) {
        requireErrorStatus(status);
        add(new Fault.Respond(method, Pattern.compile(pathRegex), status, retryAfterSeconds));
    }

    public void applyThenRespond(String method, String pathRegex, int status) {
        requireErrorStatus(status);
        add(new Fault.ApplyThenRespond(method, Pattern.compile(pathRegex), status));
    }

    /**
     * The first matching request is applied and recorded, then its answer waits until the returned
     * hold is released (or 30 seconds pass, so a test that forgets to release does not hang).
     */
    public Hold hold(String method, String pathRegex) {
        return hold(method, pathRegex, Hold.LIMIT);
    }

    synchronized Hold hold(String method, String pathRegex, Duration limit) {
        Hold hold = new Hold(method + " " + pathRegex, limit);
        add(new Fault.ApplyThenHold(method, Pattern.compile(pathRegex), hold));
        holds.add(hold);
        return hold;
    }

    /** How many faults no request has consumed yet. */
    public synchronized int pending() {
        return pending.size();
    }

    /** Also releases every hold handed out, so a test that failed mid-way leaves no request held. */
    public synchronized void clear() {
        pending.clear();
        holds.forEach(Hold::release);
        holds.clear();
    }

    synchronized Optional<Fault> take(String method, String path) {
        for (Iterator<Fault> it = pending.iterator(); it.hasNext(); ) {
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
