package io.cakesync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;

/** A fresh application (its own profile) that logs to a file, so the first Cakewalk client it builds is seen. */
@QuarkusTest
@TestProfile(MeterRegistrationTest.LogToFile.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class MeterRegistrationTest {
    static final Path LOG = Path.of("target", "meter-registration-test.log");

    public static class LogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            deleteLog();
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
        }
    }

    @Inject
    SyncRunner runner;

    @Test
    void theFirstRunRegistersEveryMeterOnceWithoutAWarning() throws IOException {
        SandboxTenant tenant = Tenant.reset();
        tenant.addUser(id(61), "Amy", "amy@acme.example", "Active", "User");
        tenant.addGroup(id(601), "Team", "Cakewalk");
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hr("E61,amy@acme.example,Amy,A,Team,active");

        RunReport report = runner.runNow(Trigger.API, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        String log = Files.readString(LOG);
        assertThat(log).contains("run " + report.runId() + " SUCCEEDED");
        assertThat(Scrape.now().has("http_client_active_connections")).isTrue();
        assertThat(log).doesNotContain("already registered");
    }

    private static void deleteLog() {
        try {
            Files.deleteIfExists(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
