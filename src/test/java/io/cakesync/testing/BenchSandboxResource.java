package io.cakesync.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.sandbox.SandboxOptions;
import io.cakesync.sandbox.SandboxServer;

/**
 * A sandbox of its own for benchmarks and the tests that share their harness, so that their
 * thousands of calls never count against the rate limit of the suite's shared sandbox. Latency and
 * the server-side limit come from {@code bench.latency-ms} and {@code bench.sandbox-limit}.
 */
public class BenchSandboxResource implements QuarkusTestResourceLifecycleManager {
    static final LazySandbox SANDBOX = new LazySandbox(
            "cakesync-bench",
            () -> SandboxOptions.defaults(SandboxResource.API_KEY, SandboxResource.API_SECRET)
                    .withLatency(Duration.ofMillis(Long.getLong("bench.latency-ms", 2)))
                    .withRateLimitPerMinute(Integer.getInteger("bench.sandbox-limit", 1000)));

    @Override
    public Map<String, String> start() {
        SandboxServer sandbox = server();
        return Map.of(
                "cakewalk.url",
                sandbox.url(),
                "cakewalk.api-key",
                SandboxResource.API_KEY,
                "cakewalk.api-secret",
                SandboxResource.API_SECRET,
                "cakewalk.triggered-by-user-id",
                SandboxResource.SYNC_BOT,
                "sync.source.path",
                hrFile().toString(),
                "sync.mapping-file",
                mappingFile().toString());
    }

    @Override
    public void stop() {
        // Lives as long as the test JVM, like SandboxResource: the shutdown hook closes it.
    }

    public static SandboxServer server() {
        return SANDBOX.server();
    }

    public static Path hrFile() {
        return SANDBOX.hrFile();
    }

    public static Path mappingFile() {
        return SANDBOX.mappingFile();
    }
}
