package io.cakesync.reconcile;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a run proves it may go on: its lease (lock and heartbeat) and the deadlines of its phases. */
@ConfigMapping(prefix = "sync")
interface RunControlConfig {

    Lease lease();

    PhaseDeadline phaseDeadline();

    interface Lease {
        /** How often a live run writes its heartbeat. */
        @WithDefault("10s")
        Duration heartbeatEvery();

        /**
         * A run left RUNNING whose heartbeat is older than this, and whose lock is free, is taken for
         * dead and marked ABANDONED. Keep it well above {@code heartbeat-every}.
         */
        @WithDefault("60s")
        Duration staleAfter();
    }

    interface PhaseDeadline {
        /** Reading HR and Cakewalk: every Cakewalk call of the phase must be over by then. */
        @WithDefault("30m")
        Duration read();

        /** Writing to Cakewalk: no write starts after it. */
        @WithDefault("1h")
        Duration apply();
    }
}
