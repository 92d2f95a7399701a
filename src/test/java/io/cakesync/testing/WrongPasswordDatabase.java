package io.cakesync.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL that refuses the configured password: a role that must authenticate with a
 * password, and a datasource configured with the wrong one. On the embedded server, whose other
 * roles are trusted, a pg_hba line is added for this role alone.
 */
public class WrongPasswordDatabase implements QuarkusTestResourceLifecycleManager {
    public static final String ROLE = "cakesync_pw";
    public static final String WRONG_PASSWORD = "wrong-db-pa55word-not-for-logs";

    @Override
    public Map<String, String> start() {
        Map<String, String> real = new PostgresResource().start();
        String url = real.get("quarkus.datasource.jdbc.url").replaceAll("\\?.*$", "");
        try (Connection c = java.sql.DriverManager.getConnection(
                        real.get("quarkus.datasource.jdbc.url"),
                        real.get("quarkus.datasource.username"),
                        real.get("quarkus.datasource.password"));
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " LOGIN PASSWORD 'the-right-one'; END IF; END $$");
            if (System.getenv("CAKESYNC_TEST_JDBC_URL") == null) {
                requirePassword(s);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the password-protected role", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                url,
                "quarkus.datasource.username",
                ROLE,
                "quarkus.datasource.password",
                WRONG_PASSWORD);
    }

    private static void requirePassword(Statement s) throws Exception {
        Path hba;
        try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = Path.of(rs.getString(1));
        }
        String rules = Files.readString(hba);
        String line = "host all " + ROLE + " 127.0.0.1/32 scram-sha-256\nhost all " + ROLE + " ::1/128 scram-sha-256\n";
        if (!rules.startsWith(line)) {
            Files.writeString(hba, line + rules);
            s.execute("SELECT pg_reload_conf()");
        }
    }

    @Override
    public void stop() {
        // The embedded server outlives this start, as for PostgresResource.
    }
}
