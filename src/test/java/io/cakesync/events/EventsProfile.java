package io.cakesync.events;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import io.cakesync.testing.SandboxResource;

/**
 * Every receiver on, processing off (tests drive the processor themselves), snapshots trusted as in
 * production, and a run limit of three removals so that a flood of events reaches it.
 */
public class EventsProfile implements QuarkusTestProfile {
    static final String SECRET = "test-events-secret";
    static final String BOB_SECRET = "test-bob-secret";
    static final String BAMBOO_SECRET = "test-bamboo-secret";
    static final String PERSONIO_TOKEN = "test-personio-token-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("events.secret", SECRET),
                Map.entry("events.hibob.secret", BOB_SECRET),
                Map.entry("events.bamboohr.secret", BAMBOO_SECRET),
                Map.entry("events.personio.token", PERSONIO_TOKEN),
                Map.entry("events.personio.enabled", "true"),
                Map.entry("events.processing", "false"),
                Map.entry("events.max-attempts", "3"),
                Map.entry("sync.full-refresh-interval", "1h"),
                Map.entry("sync.safety.hold-first-run", "false"),
                Map.entry("sync.safety.max-headcount-drop", "100"),
                Map.entry("sync.safety.max-removals-per-group", "100"),
                Map.entry("sync.safety.max-removal-share-per-group", "100"),
                Map.entry("sync.safety.max-removals-per-run", "3"),
                Map.entry("sync.safety.max-removal-share-per-run", "100"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SandboxResource.class));
    }
}
