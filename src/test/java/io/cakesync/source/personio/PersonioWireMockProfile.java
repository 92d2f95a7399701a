package io.cakesync.source.personio;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small pages so paging shows with a handful of people, two pages in flight; limits high so tests do not
 * wait on the limiter.
 */
public class PersonioWireMockProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sync.source.personio.page-size",
                "2",
                "sync.source.personio.rate-limit-per-minute",
                "60000",
                "sync.source.personio.auth-rate-limit-per-minute",
                "60000",
                "sync.source.personio.retry.max-attempts",
                "3",
                "sync.source.personio.concurrency",
                "2");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PersonioWireMock.class));
    }
}
