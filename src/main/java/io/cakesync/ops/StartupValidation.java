package io.cakesync.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start with a configuration that cannot work, before the schedule can fire a doomed run.
 * Quarkus prints a {@link ConfigurationException}'s message alone, without a stack trace, and exits 1.
 */
@ApplicationScoped
class StartupValidation {
    private final ConfigValidator validator;
    private final OpsConfig config;
    private final Redactor redactor;
    private final DataSource dataSource;
    private final Flyway flyway;
    private final String databaseUrl;

    StartupValidation(ConfigValidator validator, OpsConfig config, Redactor redactor, DataSource dataSource,
            Flyway flyway, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String databaseUrl) {
        this.validator = validator;
        this.config = config;
        this.redactor = redactor;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.databaseUrl = databaseUrl;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (config.validateOnStart()) {
            List<Problem> problems = validator.problems();
            if (config.migrateAfterValidation()) {
                database().ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationException(redactor.redact(problems.size()
                        + " configuration problem(s); fix them and start again (`check` also tests the database "
                        + "and Cakewalk):\n  - "
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  - "))));
            }
        }
        if (config.migrateAfterValidation()) {
            flyway.migrate();
        }
    }

    private Optional<Problem> database() {
        try (Connection c = dataSource.getConnection()) {
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.of(Problem.key("quarkus.datasource.jdbc.url", "cannot connect to " + databaseUrl
                    + ": " + Checks.rootMessage(e)));
        }
    }
}
