package io.cakesync.source.hibob;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import io.cakesync.source.SourceConfig;

/** HiBob settings as the configuration would give them, pointed at a test server. */
final class HibobSettings {
    static final String SERVICE_USER = "SERVICE-USER-1";
    static final String TOKEN = "tok-7c1f-secret";

    private HibobSettings() {}

    /** Credentials and the URL set; {@code more} are key/value pairs under sync.source.hibob, overriding these. */
    static SourceConfig.Hibob of(String url, String... more) {
        Map<String, String> properties = new HashMap<>();
        properties.put("sync.source.hibob.url", url);
        properties.put("sync.source.hibob.service-user-id", SERVICE_USER);
        properties.put("sync.source.hibob.token", TOKEN);
        // Calls are spaced only in the tests about spacing.
        properties.put("sync.source.hibob.rate-limit-per-minute", "60000");
        for (int i = 0; i < more.length; i += 2) {
            properties.put("sync.source.hibob." + more[i], more[i + 1]);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SourceConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SourceConfig.class).hibob();
    }
}
