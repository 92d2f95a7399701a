package io.cakesync.ops;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

import io.cakesync.testing.WrongPasswordDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong database password is one clear line at every start: the URL and the cause, never the password. */
@QuarkusMainTest
@TestProfile(DatabaseStartTest.WrongPassword.class)
class DatabaseStartTest {

    /**
     * Only this database: the suite's own (trusted) one must not take its place. Its settings are profile
     * overrides rather than a test resource's, since an earlier main test's datasource URL outranks a
     * resource's properties.
     */
    public static class WrongPassword implements QuarkusTestProfile {
        private static Map<String, String> database;

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        // check also calls Cakewalk: a closed local port answers at once, without a resolver's stack trace.
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(database());
            config.put("cakewalk.url", "http://127.0.0.1:1");
            config.put("cakewalk.retry.max-attempts", "1");
            return config;
        }

        private static synchronized Map<String, String> database() {
            if (database == null) {
                database = new WrongPasswordDatabase().start();
            }
            return database;
        }
    }

    @Test
    void syncStopsWithOneLineNamingTheDatabaseAndTheCause(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("sync"));
    }

    @Test
    void serveStopsWithOneLineNamingTheDatabaseAndTheCause(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch());
    }

    @Test
    void checkReportsTheDatabaseInOneRow(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .containsPattern("database\\s+FAIL\\s+cannot connect to the database at "
                        + "jdbc:postgresql://\\S+: FATAL: password authentication failed for user \""
                        + WrongPasswordDatabase.ROLE + "\"")
                .doesNotContain(WrongPasswordDatabase.WRONG_PASSWORD)
                .doesNotContain("\tat ");
        assertThat(result.getErrorOutput())
                .doesNotContain(WrongPasswordDatabase.WRONG_PASSWORD)
                .doesNotContain("\tat ");
    }

    private static void assertOneLine(LaunchResult result) {
        String all = (result.getOutput() + "\n" + result.getErrorOutput()).strip();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(all.lines()
                        .filter(l -> l.contains("cannot connect to the database at jdbc:postgresql://")
                                && l.contains("FATAL: password authentication failed for user \""
                                        + WrongPasswordDatabase.ROLE + "\"")))
                .as("lines naming the database and the cause in:%n%s", all)
                .hasSize(1);
        assertThat(all)
                .doesNotContain(WrongPasswordDatabase.WRONG_PASSWORD)
                .doesNotContain("\tat ")
                .doesNotContain("Failed to start application");
    }
}
