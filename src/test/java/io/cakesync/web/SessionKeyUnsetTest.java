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

/** The page session key signs in as anyone who holds it; a start without one must not log the one it makes. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(SessionKeyUnsetTest.LogToFile.class)
class SessionKeyUnsetTest {
    static final String LOG = "session-key-unset.log";

    public static class LogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SessionKeyLogs.toFile(LOG, Map.of());
        }
    }

    @Test
    void makesAKeyItNeverLogsAndWarnsThatSessionsStayWithTheProcess() throws IOException {
        String key = ConfigProvider.getConfig().getValue(SessionKey.PROPERTY, String.class);
        String log = SessionKeyLogs.read(LOG);

        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
        assertThat(log)
                .doesNotContain(key)
                .doesNotContain("using temporary key")
                .contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) is not set")
                .contains("do not survive a restart");
    }
}
