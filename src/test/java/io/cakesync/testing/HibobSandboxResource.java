package io.cakesync.testing;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.sandbox.BasicAuthOptions;
import io.cakesync.sandbox.HibobSandbox;
import io.cakesync.sandbox.HibobTenant;

/** The sandbox HiBob company on real HTTP, with the application's source pointed at it (kind hibob). */
public class HibobSandboxResource implements QuarkusTestResourceLifecycleManager {
    public static final String SERVICE_USER = "test-service-user";
    public static final String TOKEN = "test-hibob-token";

    private static HibobSandbox server;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "sync.source.kind",
                "hibob",
                "sync.source.hibob.url",
                server().url(),
                "sync.source.hibob.service-user-id",
                SERVICE_USER,
                "sync.source.hibob.token",
                TOKEN,
                "sync.source.hibob.rate-limit-per-minute",
                "6000",
                "sync.source.hibob.retry.initial-backoff",
                "5ms",
                "sync.source.hibob.retry.max-backoff",
                "50ms");
    }

    @Override
    public void stop() {
        // Lives as long as the test JVM, like SandboxResource: the shutdown hook closes it.
    }

    /** Unlimited, so that the suite's runs never wait on HiBob's 50 a minute; tests inject 429s as faults. */
    public static synchronized HibobSandbox server() {
        if (server == null) {
            server = HibobSandbox.start(new HibobTenant(), new BasicAuthOptions(SERVICE_USER, TOKEN, Duration.ZERO, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
