package io.cakesync.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.cakesync.audit.StateStore.FullRefresh;

import jakarta.enterprise.context.ApplicationScoped;

/** Decides whether a run refreshes everything or trusts the snapshot, and says why in the audit. */
@ApplicationScoped
class RefreshPolicy {
    private final SyncConfig config;

    RefreshPolicy(SyncConfig config) {
        this.config = config;
    }

    record Decision(RefreshMode mode, String why) {}

    /**
     * Whether runs act on the snapshot at all. Only then is a difference a full refresh finds
     * drift worth pointing out: with every run a full refresh, every plan comes from fresh reads.
     */
    boolean trustsSnapshots() {
        Duration interval = config.fullRefreshInterval();
        return !interval.isZero() && !interval.isNegative();
    }

    Decision decide(Optional<FullRefresh> last) {
        if (!trustsSnapshots()) {
            return new Decision(RefreshMode.FULL, "every run is a full refresh (sync.full-refresh-interval is 0)");
        }
        if (last.isEmpty()) {
            return new Decision(RefreshMode.FULL, "no full refresh yet");
        }
        Duration interval = config.fullRefreshInterval();
        Duration age = Duration.between(last.get().startedAt(), now());
        String since = "last full refresh was run " + last.get().runId() + ", " + age.toMinutes() + " min ago";
        return age.compareTo(interval) >= 0
                ? new Decision(RefreshMode.FULL, since + " (interval " + interval.toMinutes() + " min)")
                : new Decision(RefreshMode.INCREMENTAL, since);
    }

    /** The time the interval is measured against; tests move it forward instead of waiting. */
    Instant now() {
        return Instant.now();
    }
}
