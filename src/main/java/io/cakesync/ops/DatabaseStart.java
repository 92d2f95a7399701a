package io.cakesync.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import io.quarkus.runtime.configuration.ConfigurationException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The database at start: can it be reached, and migrating it. A database that cannot be reached, a
 * wrong password included, is one line naming the URL and the cause instead of Flyway's stack trace.
 * (Quarkus prints a ConfigurationException without a cause as its message alone.)
 */
@ApplicationScoped
class DatabaseStart {
    private static final String URL_KEY = "quarkus.datasource.jdbc.url";

    private final DataSource dataSource;
    private final Flyway flyway;
    private final String url;

    DatabaseStart(DataSource dataSource, Flyway flyway, @ConfigProperty(name = URL_KEY) String url) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.url = url;
    }

    /** Empty when a connection can be opened. */
    Optional<Problem> unreachable() {
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.of(Problem.key(URL_KEY, DatabaseProblem.cannotConnect(url, e)));
        }
    }

    /** Applies pending migrations; stops the start with one line when it cannot. */
    void migrate() {
        Optional<Problem> unreachable = unreachable();
        if (unreachable.isPresent()) {
            throw new ConfigurationException(unreachable.get().message());
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new ConfigurationException("cannot migrate the database at " + DatabaseProblem.masked(url) + ": "
                    + DatabaseProblem.rootMessage(e));
        }
    }
}
