package io.cakesync.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The switch in a real SmallRye Config, below application.properties' defaults and above nothing else. */
class SsoSwitchTest {

    @Test
    void staysOffWithoutAnIssuer() {
        assertThat(tenantEnabled(Map.of(), Map.of())).isFalse();
    }

    @Test
    void turnsOnWhenTheIssuerIsSetInTheEnvironment() {
        assertThat(tenantEnabled(
                        Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "https://login.example.com/realms/acme"), Map.of()))
                .isTrue();
    }

    @Test
    void anExplicitFalseWinsOverTheIssuer() {
        assertThat(tenantEnabled(
                        Map.of(
                                "QUARKUS_OIDC_AUTH_SERVER_URL",
                                "https://login.example.com/realms/acme",
                                "AUTH_OIDC_ENABLED",
                                "false"),
                        Map.of()))
                .isFalse();
    }

    @Test
    void anOperatorCanStillSetTheTenantOutright() {
        assertThat(tenantEnabled(
                        Map.of(
                                "QUARKUS_OIDC_TENANT_ENABLED",
                                "false",
                                "QUARKUS_OIDC_AUTH_SERVER_URL",
                                "https://login.example.com/realms/acme"),
                        Map.of()))
                .isFalse();
    }

    @Test
    void outranksApplicationProperties() {
        assertThat(tenantEnabled(Map.of(), Map.of("quarkus.oidc.tenant-enabled", "true")))
                .isFalse();
    }

    private static boolean tenantEnabled(Map<String, String> environment, Map<String, String> applicationProperties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                .withSources(new SsoSwitch())
                .build();
        return config.getValue("quarkus.oidc.tenant-enabled", Boolean.class);
    }
}
