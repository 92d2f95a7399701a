package io.cakesync.ops;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check} reports a database it cannot reach as a row of its table instead of failing to start. */
@QuarkusMainTest
@TestProfile(CheckWithoutDatabaseTest.NoDatabase.class)
class CheckWithoutDatabaseTest {
    static final String DB_PASSWORD = "db-pa55word-not-for-logs";

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/cakesync",
                    "quarkus.datasource.password", DB_PASSWORD,
                    "quarkus.scheduler.enabled", "false",
                    "quarkus.http.host-enabled", "false",
                    "cakewalk.url", "http://127.0.0.1:1",
                    "cakewalk.retry.max-attempts", "1");
        }
    }

    @Test
    void failsTheDatabaseRowWithoutShowingThePassword(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .containsPattern(
                        "database\\s+FAIL\\s+cannot connect to the database at jdbc:postgresql://127.0.0.1:1/cakesync: .*Connection")
                .containsPattern("cakewalk credentials\\s+FAIL\\s+cannot reach http://127.0.0.1:1")
                .doesNotContain(DB_PASSWORD);
        assertThat(result.getErrorOutput()).doesNotContain(DB_PASSWORD);
    }
}
