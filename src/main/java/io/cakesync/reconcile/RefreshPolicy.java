package io.cakesync.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.cakesync.audit.StateStore.FullRefresh;

/** Decides whether a run refreshes everything or trusts the snapshot, and says why in the audit. */
record RefreshPolicy(Duration interval) {

    record Decision(RefreshMode mode, String why) {
    }

    /**
     * Whether runs act on the snapshot at all. Only then is a difference a full refresh finds
     * drift worth pointing out: with every run a full refresh, every plan comes from fresh reads.
     */
    boolean trustsSnapshots() {
        return !interval.isZero() && !interval.isNegative();
    }

    Decision decide(Optional<FullRefresh> last, Instant now) {
        if (!trustsSnapshots()) {
            return new Decision(RefreshMode.FULL, "every run is a full refresh (sync.full-refresh-interval is 0)");
        }
        if (last.isEmpty()) {
            return new Decision(RefreshMode.FULL, "no full refresh yet");
        }
        Duration age = Duration.between(last.get().startedAt(), now);
        String since = "last full refresh was run " + last.get().runId() + ", " + minutes(age) + " ago";
        return age.compareTo(interval) >= 0
                ? new Decision(RefreshMode.FULL, since + " (interval " + minutes(interval) + ")")
                : new Decision(RefreshMode.INCREMENTAL, since);
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }
}
