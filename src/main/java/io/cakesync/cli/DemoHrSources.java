package io.cakesync.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.cakesync.sandbox.BamboohrSandbox;
import io.cakesync.sandbox.BamboohrTenant;
import io.cakesync.sandbox.BasicAuthOptions;
import io.cakesync.sandbox.HibobSandbox;
import io.cakesync.sandbox.HibobTenant;

/**
 * The HR side of {@code demo --source}: the CSV export as it is, or a sandbox HR API seeded with the same
 * people from {@code examples/} and the configuration that points cakesync at it. A sandbox stops with
 * the process.
 */
final class DemoHrSources {
    static final String HIBOB_SERVICE_USER = "demo-service-user";
    static final String HIBOB_TOKEN = "demo-hibob-token";
    static final String BAMBOOHR_KEY = "demo-bamboohr-key";
    private static final Duration LATENCY = Duration.ofMillis(20);

    private DemoHrSources() {
    }

    static Map<String, String> start(String[] args, Path examples) {
        String source = source(args);
        return switch (source) {
            case "csv" -> Map.of("sync.source.kind", "csv");
            case "hibob" -> hibob(seed(examples, "hibob-employees.json"));
            case "bamboohr" -> bamboohr(seed(examples, "bamboohr-employees.json"));
            default -> throw new IllegalArgumentException("demo --source must be csv, hibob or bamboohr, not '" + source
                    + "'");
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

    private static Map<String, String> hibob(Path seed) {
        // HiBob's documented limit for the people search.
        HibobSandbox sandbox = HibobSandbox.start(HibobTenant.fromSeed(seed),
                new BasicAuthOptions(HIBOB_SERVICE_USER, HIBOB_TOKEN, LATENCY, 50));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        return Map.of("sync.source.kind", "hibob",
                "sync.source.hibob.url", sandbox.url(),
                "sync.source.hibob.service-user-id", HIBOB_SERVICE_USER,
                "sync.source.hibob.token", HIBOB_TOKEN);
    }

    private static Map<String, String> bamboohr(Path seed) {
        // BambooHR answers throttling with 429 since 2026-09-16.
        BamboohrSandbox sandbox = BamboohrSandbox.start(BamboohrTenant.fromSeed(seed),
                new BasicAuthOptions(BAMBOOHR_KEY, null, LATENCY, 100), 429);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        return Map.of("sync.source.kind", "bamboohr",
                "sync.source.bamboohr.company", "acme",
                "sync.source.bamboohr.url", sandbox.url(),
                "sync.source.bamboohr.api-key", BAMBOOHR_KEY,
                "sync.source.bamboohr.leave-employment-statuses", "Leave of Absence");
    }

    private static Path seed(Path examples, String name) {
        Path seed = examples.resolve(name);
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException("demo needs " + seed.toAbsolutePath() + ": run it from the cakesync checkout");
        }
        return seed;
    }
}
