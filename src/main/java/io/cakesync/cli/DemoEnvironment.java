package io.cakesync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.sandbox.SandboxOptions;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What {@code demo} needs besides cakesync itself: an embedded PostgreSQL and the sandbox Cakewalk
 * tenant seeded from {@code examples/}. Both stop with the process.
 */
final class DemoEnvironment {
    static final String API_KEY = "demo-api-key";
    static final String API_SECRET = "demo-api-secret";
    static final String SYNC_BOT = "00000000-0000-4000-8000-000000000001";
    /** The demo's admin (an operator); a fresh password each start, printed for the demo only. */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = new BigInteger(64, new SecureRandom()).toString(36);

    private DemoEnvironment() {
    }

    static Map<String, String> start(String... args) {
        Path examples = Path.of("examples");
        Path tenantSeed = examples.resolve("sandbox-tenant.json");
        Path hrExport = examples.resolve("hr-export.csv");
        Path mapping = examples.resolve("mapping.yml");
        for (Path required : List.of(tenantSeed, hrExport, mapping)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException("demo needs " + required.toAbsolutePath()
                        + ": run it from the cakesync checkout");
            }
        }
        EmbeddedPostgres postgres = startPostgres();
        SandboxServer sandbox = SandboxServer.start(SandboxTenant.fromSeed(tenantSeed),
                SandboxOptions.defaults(API_KEY, API_SECRET).withLatency(Duration.ofMillis(20)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // The process is exiting and the data directory is temporary.
            }
        }));
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "cakewalk.url", sandbox.url(),
                "cakewalk.api-key", API_KEY,
                "cakewalk.api-secret", API_SECRET,
                "cakewalk.triggered-by-user-id", SYNC_BOT,
                "sync.mapping-file", mapping.toAbsolutePath().toString(),
                "cakesync.auth.users", ADMIN + ":operator:" + BcryptUtil.bcryptHash(ADMIN_PASSWORD)));
        config.putAll(DemoSource.start(args, examples, postgres));
        return config;
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo's embedded PostgreSQL", e);
        }
    }
}
