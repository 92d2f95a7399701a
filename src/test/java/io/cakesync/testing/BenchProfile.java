package io.cakesync.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Production-like settings on {@link BenchSandboxResource}: snapshots trusted for an hour, the
 * client rate limit from {@code bench.rate-limit} (default 6,000/min, so the suite stays quick) and
 * {@code bench.concurrency} groups at a time.
 */
public class BenchProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(SafetyOff.SETTINGS);
        config.put("sync.full-refresh-interval", "1h");
        config.put("sync.concurrency", concurrency());
        config.put("cakewalk.rate-limit-per-minute", System.getProperty("bench.rate-limit", "6000"));
        config.put("quarkus.rest-client.cakewalk.read-timeout", "30000");
        return config;
    }

    String concurrency() {
        return System.getProperty("bench.concurrency", "4");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BenchSandboxResource.class));
    }
}
