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
     * Migrate the schema only after the validation passed, with the database's reachability among the
     * problems it lists. The CLI commands set it (with {@code quarkus.flyway.migrate-at-start=false});
     * {@code serve} migrates before anything else starts, as its scheduler needs the schema.
     */
    @WithDefault("false")
    boolean migrateAfterValidation();

    /**
     * How long shutdown waits for this process's run to stop between groups and close its audit row.
     * Keep it below the platform's kill deadline (Kubernetes terminationGracePeriodSeconds).
     */
    @WithDefault("60s")
    Duration shutdownDrainTimeout();
}
