package io.cakesync.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Supplies the page session key when none is configured. Quarkus would otherwise make one itself and
 * log it at WARN, and anyone who reads the logs could mint a session cookie for any user. This key
 * is random per process and never logged; {@link SessionKeyWarning} says what that costs.
 */
public class SessionKey implements ConfigSourceFactory {
    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String SOURCE = "cakesync per-process session key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(PROPERTY);
        if (buildingTheApplication()
                || configured != null
                        && configured.getValue() != null
                        && !configured.getValue().isBlank()) {
            return List.of();
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return List.of(new PropertiesConfigSource(
                Map.of(PROPERTY, Base64.getEncoder().encodeToString(key)), SOURCE, Integer.MIN_VALUE + 1));
    }

    // The build records every config value it sees into the application: a key made then would be baked
    // into the jar and shared by every process started from it. Only a built application has this class.
    private static boolean buildingTheApplication() {
        try {
            Class.forName(
                    "io.quarkus.runner.ApplicationImpl",
                    false,
                    Thread.currentThread().getContextClassLoader());
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(Integer.MIN_VALUE + 1);
    }
}
