package io.cakesync.reconcile;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much a run reads and how many calls it keeps in flight. */
@ConfigMapping(prefix = "sync")
public interface PerfConfig {

    /**
     * How long the daemon trusts its own snapshot of Cakewalk. Runs in between read only what the
     * snapshot cannot vouch for; the first run after it re-reads everything and so finds changes
     * made in Cakewalk by hand. Zero makes every run a full refresh.
     */
    @WithDefault("1h")
    Duration fullRefreshInterval();

    /**
     * Groups read or written at the same time. The client-side rate limit is shared by all of
     * them, so this overlaps latency without raising the call rate.
     */
    @WithDefault("4")
    int concurrency();
}
