package io.cakesync.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one-run-at-a-time guarantee across every process on the database: a PostgreSQL session
 * advisory lock, held on a dedicated connection for the whole run. If the process dies, the
 * connection drops and PostgreSQL releases the lock by itself.
 */
@ApplicationScoped
class RunLock {
    /** "cakesync" in ASCII: a fixed key no other application is likely to use. */
    private static final long KEY = 0x63616B6573796E63L;

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when another run (in this or any other process) holds the lock. */
    Optional<Held> tryAcquire() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new Held(c));
                    }
                }
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("cannot take the run lock: " + e.getMessage(), e);
        }
    }

    static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, KEY);
                ps.execute();
            } catch (SQLException e) {
                // Closing the session below releases the lock as well.
            } finally {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Nothing left to release.
            }
        }
    }
}
