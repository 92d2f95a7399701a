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
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import io.cakesync.sandbox.BamboohrSandbox;
import io.cakesync.sandbox.BamboohrTenant;
import io.cakesync.sandbox.BasicAuthOptions;
import io.cakesync.sandbox.HibobSandbox;
import io.cakesync.sandbox.HibobTenant;
import io.cakesync.sandbox.PersonioSandbox;
import io.cakesync.sandbox.PersonioSandboxOptions;
import io.cakesync.sandbox.PersonioTenant;

/**
 * The HR side of {@code demo --source}: the CSV export as it is, a sandbox HR API seeded with the same
 * people from {@code examples/}, or an HR table in the demo's PostgreSQL read by a role that may only
 * SELECT it; and the configuration that points cakesync at it. A sandbox stops with the process.
 */
final class DemoHrSources {
    static final List<String> KINDS = List.of("csv", "personio", "sql", "hibob", "bamboohr");
    /** The source settings a second terminal needs, whichever kind the demo reads. */
    static final List<String> SETTINGS = List.of(
            "sync.source.kind",
            "sync.source.personio.url",
            "sync.source.personio.client-id",
            "sync.source.personio.client-secret",
            "sync.source.sql.url",
            "sync.source.sql.user",
            "sync.source.sql.password",
            "sync.source.sql.query",
            "sync.source.hibob.url",
            "sync.source.hibob.service-user-id",
            "sync.source.hibob.token",
            "sync.source.bamboohr.company",
            "sync.source.bamboohr.url",
            "sync.source.bamboohr.api-key",
            "sync.source.bamboohr.leave-employment-statuses");

    static final String PERSONIO_CLIENT = "demo-personio-client";
    static final String PERSONIO_SECRET = "demo-personio-secret";
    static final String HIBOB_SERVICE_USER = "demo-service-user";
    static final String HIBOB_TOKEN = "demo-hibob-token";
    static final String BAMBOOHR_KEY = "demo-bamboohr-key";
    private static final String HR_READER = "hr_reader";
    private static final Duration LATENCY = Duration.ofMillis(20);

    private DemoHrSources() {}

    static Map<String, String> start(String[] args, Path examples, EmbeddedPostgres postgres) {
        String source = source(args);
        return switch (source) {
            case "csv" -> Map.of("sync.source.kind", "csv");
            case "personio" -> personio(seed(examples, "personio-employees.json"));
            case "sql" -> sql(seed(examples, "sql-employees.sql"), postgres);
            case "hibob" -> hibob(seed(examples, "hibob-employees.json"));
            case "bamboohr" -> bamboohr(seed(examples, "bamboohr-employees.json"));
            default ->
                throw new IllegalArgumentException(
                        "demo --source must be one of " + String.join(", ", KINDS) + ", not '" + source + "'");
        };
    }

    /** {@code --source x} or {@code --source=x}; csv when absent. */
    static String source(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) {
                return args[i + 1].strip().toLowerCase(Locale.ROOT);
            }
            if (args[i].startsWith("--source=")) {
                return args[i].substring("--source=".length()).strip().toLowerCase(Locale.ROOT);
            }
        }
        return "csv";
    }

    private static Map<String, String> personio(Path seed) {
        PersonioSandbox sandbox = PersonioSandbox.start(
                PersonioTenant.fromSeed(seed),
                PersonioSandboxOptions.defaults(PERSONIO_CLIENT, PERSONIO_SECRET)
                        .withLatency(LATENCY));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        return Map.of(
                "sync.source.kind",
                "personio",
                "sync.source.personio.url",
                sandbox.url(),
                "sync.source.personio.client-id",
                PERSONIO_CLIENT,
                "sync.source.personio.client-secret",
                PERSONIO_SECRET);
    }

    private static Map<String, String> sql(Path schema, EmbeddedPostgres postgres) {
        String password = new BigInteger(64, new SecureRandom()).toString(36);
        String owner = postgres.getJdbcUrl("postgres", "hr");
        try {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE hr");
                s.execute("CREATE ROLE " + HR_READER + " LOGIN PASSWORD '" + password + "'");
            }
            try (Connection c = DriverManager.getConnection(owner);
                    Statement s = c.createStatement()) {
                s.execute(Files.readString(schema, StandardCharsets.UTF_8));
                s.execute("GRANT USAGE ON SCHEMA hr TO " + HR_READER);
                s.execute("GRANT SELECT ON hr.employees TO " + HR_READER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo's HR database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "sync.source.kind",
                "sql",
                "sync.source.sql.url",
                owner.replaceFirst("\\?.*$", ""),
                "sync.source.sql.user",
                HR_READER,
                "sync.source.sql.password",
                password,
                "sync.source.sql.query",
                "SELECT employee_id, email, first_name, last_name, status, department, office,"
                        + " cost_centre, job_title, manager_email, start_date, end_date FROM hr.employees");
    }

    private static Map<String, String> hibob(Path seed) {
        // HiBob's documented limit for the people search.
        HibobSandbox sandbox = HibobSandbox.start(
                HibobTenant.fromSeed(seed), new BasicAuthOptions(HIBOB_SERVICE_USER, HIBOB_TOKEN, LATENCY, 50));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        return Map.of(
                "sync.source.kind",
                "hibob",
                "sync.source.hibob.url",
                sandbox.url(),
                "sync.source.hibob.service-user-id",
                HIBOB_SERVICE_USER,
                "sync.source.hibob.token",
                HIBOB_TOKEN);
    }

    private static Map<String, String> bamboohr(Path seed) {
        // BambooHR answers throttling with 429 since 2026-09-16.
        BamboohrSandbox sandbox = BamboohrSandbox.start(
                BamboohrTenant.fromSeed(seed), new BasicAuthOptions(BAMBOOHR_KEY, null, LATENCY, 100), 429);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        return Map.of(
                "sync.source.kind",
                "bamboohr",
                "sync.source.bamboohr.company",
                "acme",
                "sync.source.bamboohr.url",
                sandbox.url(),
                "sync.source.bamboohr.api-key",
                BAMBOOHR_KEY,
                "sync.source.bamboohr.leave-employment-statuses",
                "Leave of Absence");
    }

    private static Path seed(Path examples, String name) {
        Path seed = examples.resolve(name);
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException(
                    "demo needs " + seed.toAbsolutePath() + ": run it from the cakesync checkout");
        }
        return seed;
    }
}
