package io.cakesync.ops;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start with a configuration that cannot work, then migrates the database: both before
 * anything else starts (the scheduler's observer has priority 0), so no run can fire doomed or on an
 * old schema. An unreachable database is listed with every other problem. Quarkus prints a
 * {@link ConfigurationException}'s message alone, without a stack trace, and exits 1.
 */
@ApplicationScoped
class StartupValidation {
    private final ConfigValidator validator;
    private final OpsConfig config;
    private final Redactor redactor;
    private final DatabaseStart database;

    StartupValidation(ConfigValidator validator, OpsConfig config, Redactor redactor, DatabaseStart database) {
        this.validator = validator;
        this.config = config;
        this.redactor = redactor;
        this.database = database;
    }

    void onStart(@Observes @Priority(-100) StartupEvent event) {
        if (config.validateOnStart()) {
            List<Problem> problems = validator.problems();
            if (config.migrateOnStart()) {
                database.unreachable().ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationException(redactor.redact(problems.size()
                        + " configuration problem(s); fix them and start again (`check` also tests the database "
                        + "and Cakewalk):\n  - "
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  - "))));
            }
        }
        if (config.migrateOnStart()) {
            database.migrate();
        }
    }
}
