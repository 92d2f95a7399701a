package io.cakesync.web;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Turns Quarkus's OIDC tenant on when single sign-on is configured: the issuer is set and
 * {@code auth.oidc.enabled} does not say false. Quarkus refuses to start an enabled tenant without an
 * issuer, so it must stay off otherwise; this keeps the operator's settings to the issuer, client and
 * secret. Ranked above application.properties and below the environment, where an operator can still
 * set {@code quarkus.oidc.tenant-enabled} outright.
 */
public class SsoSwitch implements ConfigSourceFactory {
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(
                Map.of("quarkus.oidc.tenant-enabled", Boolean.toString(enabled(context))),
                "cakesync single sign-on switch",
                ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean enabled(ConfigSourceContext context) {
        String explicit = value(context.getValue("auth.oidc.enabled"));
        if (explicit != null) {
            return Boolean.parseBoolean(explicit);
        }
        return value(context.getValue("quarkus.oidc.auth-server-url")) != null;
    }

    private static String value(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? null
                : value.getValue().strip();
    }
}
