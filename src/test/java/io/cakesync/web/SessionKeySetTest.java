package io.cakesync.web;

import java.io.IOException;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.PostgresResource;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured page session key is used as given and never logged. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(SessionKeySetTest.ConfiguredKey.class)
class SessionKeySetTest {
    static final String LOG = "session-key-set.log";
    static final String CONFIGURED = "configured-session-key-0123456789abcdefghij";

    public static class ConfiguredKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SessionKeyLogs.toFile(LOG, Map.of(SessionKey.PROPERTY, CONFIGURED));
        }
    }

    @Test
    void usesTheKeyWithoutLoggingItOrWarning() throws IOException {
        String log = SessionKeyLogs.read(LOG);

        assertThat(ConfigProvider.getConfig().getValue(SessionKey.PROPERTY, String.class))
                .isEqualTo(CONFIGURED);
        assertThat(log).doesNotContain(CONFIGURED).doesNotContain("is not set: this process made");
    }
}
