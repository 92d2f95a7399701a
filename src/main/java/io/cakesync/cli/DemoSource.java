package io.cakesync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cakesync.sandbox.PersonioSandbox;
import io.cakesync.sandbox.PersonioSandboxOptions;
import io.cakesync.sandbox.PersonioTenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The HR source of {@code demo --source <kind>}: the CSV export, the sandbox Personio tenant seeded
 * from {@code examples/personio-employees.json}, or an HR table in the demo's PostgreSQL, read by a
 * role that may only SELECT it. Each holds the same people as {@code examples/hr-export.csv}.
 */
final class DemoSource {
    static final List<String> KINDS = List.of("csv", "personio", "sql");
    private static final String PERSONIO_CLIENT = "demo-personio-client";
    private static final String PERSONIO_SECRET = "demo-personio-secret";
    private static final String HR_READER = "hr_reader";

    private DemoSource() {
    }

    /** The configuration that points cakesync at the source named by {@code --source} (default csv). */
    static Map<String, String> start(String[] args, Path examples, EmbeddedPostgres postgres) {
        String kind = kind(args);
        return switch (kind) {
            case "csv" -> Map.of("sync.source.kind", "csv",
                    "sync.source.path", examples.resolve("hr-export.csv").toAbsolutePath().toString());
            case "personio" -> personio(examples);
            case "sql" -> sql(examples, postgres);
            default -> throw new IllegalStateException("demo --source " + kind + ": not a kind the demo knows; use one of "
                    + String.join(", ", KINDS));
        };
    }

    static String kind(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) {
                return args[i + 1].strip().toLowerCase(java.util.Locale.ROOT);
            }
            if (args[i].startsWith("--source=")) {
                return args[i].substring("--source=".length()).strip().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "csv";
    }

    private static Map<String, String> personio(Path examples) {
        PersonioSandbox sandbox = PersonioSandbox.start(PersonioTenant.fromSeed(required(examples,
                "personio-employees.json")), PersonioSandboxOptions.defaults(PERSONIO_CLIENT, PERSONIO_SECRET)
                        .withLatency(Duration.ofMillis(20)));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        return Map.of("sync.source.kind", "personio", "sync.source.personio.url", sandbox.url(),
                "sync.source.personio.client-id", PERSONIO_CLIENT, "sync.source.personio.client-secret", PERSONIO_SECRET);
    }

    private static Map<String, String> sql(Path examples, EmbeddedPostgres postgres) {
        String password = new BigInteger(64, new SecureRandom()).toString(36);
        String owner = postgres.getJdbcUrl("postgres", "hr");
        try {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE hr");
                s.execute("CREATE ROLE " + HR_READER + " LOGIN PASSWORD '" + password + "'");
            }
            try (Connection c = DriverManager.getConnection(owner); Statement s = c.createStatement()) {
                s.execute(Files.readString(required(examples, "sql-employees.sql"), StandardCharsets.UTF_8));
                s.execute("GRANT USAGE ON SCHEMA hr TO " + HR_READER);
                s.execute("GRANT SELECT ON hr.employees TO " + HR_READER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo's HR database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("sync.source.kind", "sql", "sync.source.sql.url", owner.replaceFirst("\\?.*$", ""),
                "sync.source.sql.user", HR_READER, "sync.source.sql.password", password,
                "sync.source.sql.query", "SELECT employee_id, email, first_name, last_name, status, department, office,"
                        + " cost_centre, job_title, manager_email, start_date, end_date FROM hr.employees");
    }

    private static Path required(Path examples, String name) {
        Path file = examples.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("demo needs " + file.toAbsolutePath() + ": run it from the cakesync checkout");
        }
        return file;
    }
}
