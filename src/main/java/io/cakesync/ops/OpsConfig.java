package io.cakesync.ops;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Operating the daemon: start-up validation and shutdown. Every key can be set from the environment. */
@ConfigMapping(prefix = "ops")
public interface OpsConfig {

    /** Refuse to start when the configuration or the mapping file has a problem, listing them all. */
    @WithDefault("true")
    boolean validateOnStart();

    /**
     * Apply pending database migrations at start, once the validation passed ({@code check} turns it
     * off: it only reports). An unreachable database is one of the problems the validation lists, or,
     * without validation, one line that stops the start.
     */
    @WithDefault("true")
    boolean migrateOnStart();

    /**
     * How long shutdown waits for this process's run to stop between groups and close its audit row.
     * Keep it below the platform's kill deadline (Kubernetes terminationGracePeriodSeconds).
     */
    @WithDefault("60s")
    Duration shutdownDrainTimeout();
}
