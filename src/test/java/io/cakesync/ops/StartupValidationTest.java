package io.cakesync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every start-up problem is reported at once, each naming its key and environment variable or its file and
 * line, without a stack trace; {@code sync} lists an unreachable database among them instead of dying on it.
 */
@QuarkusMainTest
@TestProfile(StartupValidationTest.BrokenConfiguration.class)
class StartupValidationTest {

    public static class BrokenConfiguration implements QuarkusTestProfile {
        static final Path DIR = tempDir();
        static final String DB_PASSWORD = "db-pa55word-not-for-logs";
        static final Path MAPPING = write(
                "mapping.yml",
                "groups:\n  - group: Sales\n    departments: [Sales]\n"
                        + "  - group: Sales\n    departments: [Sales]\n  - grup: Finance\n"
                        + "  - group: Berlin\n    where:\n      office: {near: Berlin}\n");

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/cakesync"),
                    Map.entry("quarkus.datasource.password", DB_PASSWORD),
                    Map.entry("ops.validate-on-start", "true"),
                    Map.entry("cakewalk.api-key", ""),
                    Map.entry("cakewalk.api-secret", ""),
                    Map.entry("cakewalk.triggered-by-user-id", "sync-bot"),
                    Map.entry("cakewalk.url", "ftp://cakewalk.example"),
                    Map.entry("cakewalk.rate-limit-per-minute", "0"),
                    Map.entry("cakewalk.batch-size", "0"),
                    Map.entry("sync.schedule", "every quarter hour"),
                    Map.entry("sync.mapping-file", MAPPING.toString()),
                    Map.entry("sync.source.path", DIR.resolve("missing.csv").toString()),
                    Map.entry("notify.webhook-url", "hooks.example/T0KEN-SECRET"),
                    Map.entry("notify.email-to", "ops-team"));
        }
    }

    @Test
    void refusesToStartAndListsEveryProblem(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("sync");

        assertThat(result.exitCode()).isEqualTo(1);
        String out = result.getErrorOutput();
        assertThat(out)
                .contains("15 configuration problem(s)")
                .contains("quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL): cannot connect to "
                        + "the database at jdbc:postgresql://127.0.0.1:1/cakesync: Connection")
                .contains("cakewalk.api-key (CAKEWALK_API_KEY): is not set")
                .contains("cakewalk.api-secret (CAKEWALK_API_SECRET): is not set")
                .contains("cakewalk.triggered-by-user-id (CAKEWALK_TRIGGERED_BY_USER_ID): 'sync-bot' is not a "
                        + "Cakewalk user id (a UUID)")
                .contains("cakewalk.url (CAKEWALK_URL): 'ftp://cakewalk.example' must start with https://")
                .contains("cakewalk.rate-limit-per-minute (CAKEWALK_RATE_LIMIT_PER_MINUTE): must be at least 1, got 0")
                .contains("cakewalk.batch-size (CAKEWALK_BATCH_SIZE): must be at least 1, got 0")
                .contains("sync.schedule (SYNC_SCHEDULE): 'every quarter hour' is not a Quartz cron expression")
                .contains("mapping file " + BrokenConfiguration.MAPPING + ": line 6: unknown key 'grup'")
                .contains("mapping file " + BrokenConfiguration.MAPPING + ": line 6: this entry has no rule")
                .contains("mapping file " + BrokenConfiguration.MAPPING + ": line 9: unknown operator 'near' for "
                        + "'office' in group 'Berlin' (allowed: not, startsWith, exists)")
                .contains("HR source (sync.source.*): ")
                .contains("missing.csv")
                .contains("notify.webhook-url (NOTIFY_WEBHOOK_URL): the URL must start with https://")
                .contains("notify.email-to (NOTIFY_EMAIL_TO): 'ops-team' is not an email address")
                .doesNotContain("T0KEN-SECRET")
                .doesNotContain(BrokenConfiguration.DB_PASSWORD)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(result.getOutput()).doesNotContain("configuration problem(s)");
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("cakesync-startup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, String content) {
        try {
            return Files.writeString(BrokenConfiguration.DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
