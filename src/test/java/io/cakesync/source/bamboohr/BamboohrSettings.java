package io.cakesync.source.bamboohr;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import io.cakesync.source.SourceConfig;

/** BambooHR settings as the configuration would give them, pointed at a test server. */
final class BamboohrSettings {
    static final String API_KEY = "bhr-key-3f9a-secret";

    private BamboohrSettings() {}

    /** The key and the URL set; {@code more} are key/value pairs under sync.source.bamboohr, overriding these. */
    static SourceConfig.Bamboohr of(String url, String... more) {
        Map<String, String> properties = new HashMap<>();
        properties.put("sync.source.bamboohr.company", "acme");
        if (url != null) {
            properties.put("sync.source.bamboohr.url", url);
        }
        properties.put("sync.source.bamboohr.api-key", API_KEY);
        // Calls are spaced only in the tests about spacing.
        properties.put("sync.source.bamboohr.rate-limit-per-minute", "60000");
        for (int i = 0; i < more.length; i += 2) {
            properties.put("sync.source.bamboohr." + more[i], more[i + 1]);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SourceConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SourceConfig.class).bamboohr();
    }
}
