package io.cakesync.web;

import java.util.List;
import java.util.Locale;

/** The filters of the events page and API: state (PENDING, DONE, FAILED) and run; blank means "any". */
record EventFilter(String state, Long run) {
    static final List<String> STATES = List.of("PENDING", "DONE", "FAILED");

    static EventFilter of(String state, String run) {
        String s = Query.blankToNull(state);
        if (s != null && !STATES.contains(s.toUpperCase(Locale.ROOT))) {
            throw new BadQuery("state must be one of " + STATES);
        }
        String r = Query.blankToNull(run);
        try {
            return new EventFilter(s == null ? null : s.toUpperCase(Locale.ROOT), r == null ? null : Long.valueOf(r));
        } catch (NumberFormatException e) {
            throw new BadQuery("run must be a run id");
        }
    }
}
