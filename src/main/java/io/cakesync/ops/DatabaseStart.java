package io.cakesync.ops;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Connects to the database and migrates it before anything else at start (the scheduler's observer
 * has priority 0). A database that cannot be reached, a wrong password included, stops the start with
 * one line naming the URL and the cause, instead of Flyway's stack trace. (Quarkus prints a
 * ConfigurationException without a cause as its message alone.)
 */
@ApplicationScoped
class DatabaseStart {
    private final DataSource dataSource;
    private final Flyway flyway;
    private final OpsConfig config;
    private final String url;

    DatabaseStart(DataSource dataSource, Flyway flyway, OpsConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.config = config;
        this.url = url;
    }

    void onStart(@Observes @Priority(-100) StartupEvent event) {
        if (!config.migrateOnStart()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
        } catch (SQLException | RuntimeException e) {
            throw new ConfigurationException(DatabaseProblem.cannotConnect(url, e));
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new ConfigurationException("cannot migrate the database at " + DatabaseProblem.masked(url) + ": "
                    + DatabaseProblem.rootMessage(e));
        }
    }
}
