package io.cakesync.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HR database of its own on the embedded PostgreSQL, for the SQL connector: a fresh database per
 * call, with tables the owner creates and a login role that may only read them.
 */
public final class HrDatabase {
    public static final String READER = "hr_reader";
    public static final String READER_PASSWORD = "hr-reader-pw";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String url;

    private HrDatabase(String url) {
        this.url = url;
    }

    public static synchronized HrDatabase create() {
        String name = "hr_" + DATABASES.incrementAndGet() + "_"
                + ProcessHandle.current().pid();
        try (Connection c = PostgresResource.embedded().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + READER + "') THEN "
                    + "CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER_PASSWORD + "'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create HR database " + name, e);
        }
        return new HrDatabase(PostgresResource.embedded().getJdbcUrl("postgres", name));
    }

    /** The JDBC URL without credentials; the embedded server trusts local connections. */
    public String url() {
        return url.replaceFirst("\\?.*$", "");
    }

    /** Runs statements as the owner, then lets {@link #READER} read every table of the public schema. */
    public void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + READER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the HR database: " + e.getMessage(), e);
        }
    }
}
