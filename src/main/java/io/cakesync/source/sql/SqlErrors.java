package io.cakesync.source.sql;

import java.sql.SQLException;
import java.time.Duration;

import io.cakesync.source.SourceException;

/** Turns a driver's failure into a message that names the setting to fix, never a password or URL parameter. */
final class SqlErrors {

    private SqlErrors() {}

    static SourceException describe(SQLException e, String origin, String user, Duration timeout) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.startsWith("No suitable driver")) {
            return new SourceException("no JDBC driver understands sync.source.sql.url (" + origin + "); cakesync"
                    + " ships the PostgreSQL driver (jdbc:postgresql://host:port/database)");
        }
        String why;
        if (state.startsWith("28")) {
            why = "the database at " + origin + " rejected user '" + user + "' (SQLSTATE " + state + "): check"
                    + " sync.source.sql.user / sync.source.sql.password (SYNC_SOURCE_SQL_USER / SYNC_SOURCE_SQL_PASSWORD)";
        } else if (state.startsWith("08")) {
            why = "cannot connect to " + origin + " (SQLSTATE " + state
                    + "): check sync.source.sql.url (SYNC_SOURCE_SQL_URL)";
        } else if (state.equals("57014")) {
            why = "the query (sync.source.sql.query) ran longer than sync.source.sql.statement-timeout (" + timeout
                    + ") and was cancelled";
        } else if (state.equals("25006")) {
            why = "the query (sync.source.sql.query) tried to write; cakesync runs it in a read-only transaction,"
                    + " so nothing was changed: give it a SELECT";
        } else {
            why = "the query (sync.source.sql.query) failed on " + origin + " (SQLSTATE " + state + ")";
        }
        return new SourceException(why + ": " + message, e);
    }
}
