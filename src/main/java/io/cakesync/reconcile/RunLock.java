package io.cakesync.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one-run-at-a-time guarantee across every process on the database: a PostgreSQL session
 * advisory lock, held on a connection of its own (never one of the pool's, which could be reset,
 * validated away or shared) with TCP keepalive on. If the process dies, the connection drops and
 * PostgreSQL releases the lock by itself. The session can also be cut while the process lives (an
 * idle timeout, a NAT or firewall drop, a failover): {@link Held#stillHeld()} is asked before every
 * write, so such a run stops instead of writing beside the next one.
 */
@ApplicationScoped
class RunLock {
    private static final Logger LOG = Logger.getLogger(RunLock.class);
    /** "cakesync" in ASCII: a fixed key no other application is likely to use. */
    static final long KEY = 0x63616B6573796E63L;
    /** Seconds a lock query may take before the session counts as lost; a dead peer must not hang a run. */
    private static final String SOCKET_TIMEOUT = "10";

    private static final String HELD = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            + "AND pid = pg_backend_pid() AND classid = ?::bigint::oid AND objid = ?::bigint::oid AND objsubid = 1";

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;

    RunLock(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Empty when another run (in this or any other process) holds the lock. */
    Optional<Held> tryAcquire() {
        Connection c = null;
        try {
            c = connect();
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

    // The driver itself, not DriverManager: it skips drivers of another class loader, as in Quarkus.
    private Connection connect() throws SQLException {
        Connection c = new org.postgresql.Driver().connect(url, properties());
        if (c == null) {
            throw new SQLException("quarkus.datasource.jdbc.url is not a PostgreSQL JDBC URL");
        }
        return c;
    }

    private Properties properties() {
        Properties p = new Properties();
        user.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("socketTimeout", SOCKET_TIMEOUT);
        p.setProperty("ApplicationName", "cakesync run lock");
        return p;
    }

    static final class Held implements AutoCloseable {
        private final Connection connection;
        private boolean lost;

        private Held(Connection connection) {
            this.connection = connection;
        }

        /** Asks the database whether this session still holds the lock; once lost, always lost. */
        synchronized boolean stillHeld() {
            if (lost) {
                return false;
            }
            try (PreparedStatement ps = connection.prepareStatement(HELD)) {
                ps.setLong(1, KEY >>> 32);
                ps.setLong(2, KEY & 0xFFFFFFFFL);
                try (ResultSet rs = ps.executeQuery()) {
                    lost = !(rs.next() && rs.getLong(1) > 0);
                }
            } catch (SQLException e) {
                LOG.errorf("the run lock's database session is gone: %s", e.getMessage());
                lost = true;
            }
            return !lost;
        }

        /** The connection is never reused, so a failed unlock cannot leave the lock with a pooled session. */
        @Override
        public synchronized void close() {
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
