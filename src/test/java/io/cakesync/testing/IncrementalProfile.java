package io.cakesync.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The sandbox of {@link SandboxResource} with snapshots trusted for an hour, as in production. */
public class IncrementalProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(SafetyOff.SETTINGS);
        config.put("sync.full-refresh-interval", "1h");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SandboxResource.class));
    }
}
