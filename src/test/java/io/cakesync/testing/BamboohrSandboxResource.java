package io.cakesync.testing;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.sandbox.BamboohrSandbox;
import io.cakesync.sandbox.BamboohrTenant;
import io.cakesync.sandbox.BasicAuthOptions;

/**
 * The sandbox BambooHR company on real HTTP, with the application's source pointed at it (kind
 * bamboohr), two employees a page so that every read pages.
 */
public class BamboohrSandboxResource implements QuarkusTestResourceLifecycleManager {
    public static final String API_KEY = "test-bamboohr-key";

    private static BamboohrSandbox server;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "sync.source.kind",
                "bamboohr",
                "sync.source.bamboohr.company",
                "acme",
                "sync.source.bamboohr.url",
                server().url(),
                "sync.source.bamboohr.api-key",
                API_KEY,
                "sync.source.bamboohr.page-size",
                "2",
                "sync.source.bamboohr.leave-employment-statuses",
                "Leave of Absence",
                "sync.source.bamboohr.rate-limit-per-minute",
                "6000",
                "sync.source.bamboohr.retry.initial-backoff",
                "5ms",
                "sync.source.bamboohr.retry.max-backoff",
                "50ms");
    }

    @Override
    public void stop() {
        // Lives as long as the test JVM, like SandboxResource: the shutdown hook closes it.
    }

    /** Unlimited, throttling as BambooHR did before 2026-09-16 (503); tests inject throttling as faults. */
    public static synchronized BamboohrSandbox server() {
        if (server == null) {
            server = BamboohrSandbox.start(
                    new BamboohrTenant(), new BasicAuthOptions(API_KEY, null, Duration.ZERO, 0), 503);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
