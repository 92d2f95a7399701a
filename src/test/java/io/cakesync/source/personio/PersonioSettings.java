package io.cakesync.source.personio;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import io.cakesync.source.SourceConfig;

/** Personio settings as the configuration would give them, for a connector built by a test. */
final class PersonioSettings {
    private PersonioSettings() {}

    /** The test profile's credentials and limits; {@code more} are key/value pairs under sync.source.personio. */
    static SourceConfig.Personio of(String url, String... more) {
        Map<String, String> properties = new HashMap<>(new PersonioWireMockProfile().getConfigOverrides());
        properties.put("sync.source.personio.url", url);
        properties.put("sync.source.personio.client-id", PersonioWireMock.CLIENT_ID);
        properties.put("sync.source.personio.client-secret", PersonioWireMock.CLIENT_SECRET);
        properties.put("sync.source.personio.retry.initial-backoff", "5ms");
        properties.put("sync.source.personio.retry.max-backoff", "50ms");
        for (int i = 0; i < more.length; i += 2) {
            properties.put("sync.source.personio." + more[i], more[i + 1]);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SourceConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SourceConfig.class).personio();
    }
}
