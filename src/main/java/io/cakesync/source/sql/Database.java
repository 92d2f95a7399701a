package io.cakesync.source.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/**
 * The connection to the admin's database: opened per read, read-only, autocommit off so the driver
 * streams the result {@code fetchSize} rows at a time, the statement bounded by a timeout, and rolled
 * back at the end: the query can change nothing.
 */
final class Database {

    /** Opens a connection; a seam so tests can see what the connector asked of the driver. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Consumes the result while the transaction is open. */
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Opener opener;
    private final String origin;
    private final String user;
    private final Duration timeout;
    private final int fetchSize;

    Database(Opener opener, String url, String user, Duration timeout, int fetchSize) {
        this.opener = opener;
        this.origin = url == null ? "the database of sync.source.sql.url" : JdbcUrls.safe(url);
        this.user = user;
        this.timeout = timeout;
        this.fetchSize = fetchSize;
    }

    static Database of(SourceConfig.Sql config) {
        Optional<String> url = config.url().map(String::strip).filter(u -> !u.isEmpty());
        Optional<String> user = config.user().map(String::strip).filter(u -> !u.isEmpty());
        Opener opener = () -> DriverManager.getConnection(
                url.orElseThrow(() -> new SourceException("sync.source.sql.url (SYNC_SOURCE_SQL_URL) is not set:"
                        + " the JDBC URL of the HR database, e.g. jdbc:postgresql://hr-db:5432/hr")),
                user.orElseThrow(() -> new SourceException("sync.source.sql.user (SYNC_SOURCE_SQL_USER) is not set")),
                config.password().orElse(""));
        return new Database(opener, url.orElse(null), user.orElse(null), config.statementTimeout(), config.fetchSize());
    }

    String origin() {
        return "SQL query on " + origin;
    }

    /** The URL without its parameters. */
    String url() {
        return origin;
    }

    /** Runs the query in a read-only transaction; {@code maxRows} 0 means every row. */
    <T> T query(String sql, int maxRows, Rows<T> rows) {
        return inReadOnly(connection -> {
            try (Statement statement =
                    connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                bound(statement, maxRows);
                try (ResultSet result = statement.executeQuery(sql)) {
                    return rows.read(result);
                }
            }
        });
    }

    /** Runs a query with bound parameters (values, never SQL) in a read-only transaction. */
    <T> T query(String sql, List<String> parameters, Rows<T> rows) {
        return inReadOnly(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                bound(statement, 0);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setString(i + 1, parameters.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    return rows.read(result);
                }
            }
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inReadOnly(Work<T> work) {
        if (fetchSize < 1) {
            throw new SourceException("sync.source.sql.fetch-size must be at least 1, got " + fetchSize);
        }
        try (Connection connection = opener.open()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return work.on(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw SqlErrors.describe(e, origin, user, timeout);
        }
    }

    private void bound(Statement statement, int maxRows) throws SQLException {
        statement.setFetchSize(fetchSize);
        statement.setQueryTimeout(timeoutSeconds());
        statement.setMaxRows(maxRows);
    }

    private int timeoutSeconds() {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new SourceException("sync.source.sql.statement-timeout must be positive, got " + timeout);
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000));
    }
}
