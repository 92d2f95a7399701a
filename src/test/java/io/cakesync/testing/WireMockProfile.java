package io.cakesync.testing;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Every test class using this profile shares one application start and one WireMock server. */
public class WireMockProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WireMockResource.class));
    }
}
