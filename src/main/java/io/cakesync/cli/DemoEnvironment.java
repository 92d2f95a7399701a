package io.cakesync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import io.cakesync.sandbox.SandboxOptions;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;

/**
 * What {@code demo} needs besides cakesync itself: an embedded PostgreSQL and the sandbox Cakewalk
 * tenant seeded from {@code examples/}, and the settings that point cakesync at them.
 */
final class DemoEnvironment implements AutoCloseable {
    static final String API_KEY = "demo-api-key";
    static final String API_SECRET = "demo-api-secret";
    static final String SYNC_BOT = "00000000-0000-4000-8000-000000000001";
    /** The demo's users, an operator and a viewer; fresh passwords each start, printed for the demo only. */
    static final String ADMIN = "admin";

    static final String ADMIN_PASSWORD = password();
    static final String VIEWER = "viewer";
    static final String VIEWER_PASSWORD = password();
    /** The settings a second terminal needs to run sync, check and approve against this demo. */
    static final List<String> SHARED = List.of(
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "cakewalk.url",
            "cakewalk.api-key",
            "cakewalk.api-secret",
            "cakewalk.triggered-by-user-id",
            "sync.source.path",
            "sync.mapping-file");

    private final EmbeddedPostgres postgres;
    private final SandboxServer sandbox;
    private final Map<String, String> config;

    private DemoEnvironment(EmbeddedPostgres postgres, SandboxServer sandbox, Map<String, String> config) {
        this.postgres = postgres;
        this.sandbox = sandbox;
        this.config = config;
    }

    static DemoEnvironment start(String... args) {
        Path examples = Path.of("examples");
        Path tenantSeed = examples.resolve("sandbox-tenant.json");
        Path hrExport = examples.resolve("hr-export.csv");
        Path mapping = examples.resolve("mapping.yml");
        for (Path required : List.of(tenantSeed, hrExport, mapping)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(
                        "demo needs " + required.toAbsolutePath() + ": run it from the cakesync checkout");
            }
        }
        EmbeddedPostgres postgres = startPostgres();
        SandboxServer sandbox = SandboxServer.start(
                SandboxTenant.fromSeed(tenantSeed),
                SandboxOptions.defaults(API_KEY, API_SECRET).withLatency(Duration.ofMillis(20)));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("cakewalk.url", sandbox.url());
        config.put("cakewalk.api-key", API_KEY);
        config.put("cakewalk.api-secret", API_SECRET);
        config.put("cakewalk.triggered-by-user-id", SYNC_BOT);
        config.put("sync.source.path", hrExport.toAbsolutePath().toString());
        config.put("sync.mapping-file", mapping.toAbsolutePath().toString());
        config.put(
                "auth.users",
                ADMIN + ":operator:" + BcryptUtil.bcryptHash(ADMIN_PASSWORD) + "," + VIEWER + ":viewer:"
                        + BcryptUtil.bcryptHash(VIEWER_PASSWORD));
        config.putAll(DemoHrSources.start(args, examples, postgres));
        return new DemoEnvironment(postgres, sandbox, config);
    }

    Map<String, String> config() {
        return config;
    }

    /** Shell lines that give another terminal this demo's database, sandbox tenant, files and UI address. */
    static String exports(Function<String, Optional<String>> setting, int port) {
        Stream<String> keys = Stream.concat(SHARED.stream(), DemoHrSources.SETTINGS.stream());
        return Stream.concat(
                        keys.map(key -> export(key, setting.apply(key).orElse(""))),
                        Stream.of(export("web.public-url", "http://localhost:" + port)))
                .collect(Collectors.joining("\n"));
    }

    private static String export(String key, String value) {
        return "export " + Main.environmentName(key) + "='" + value.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() {
        sandbox.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The process is exiting and the data directory is temporary.
        }
    }

    private static String password() {
        return new BigInteger(64, new SecureRandom()).toString(36);
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo's embedded PostgreSQL", e);
        }
    }
}
