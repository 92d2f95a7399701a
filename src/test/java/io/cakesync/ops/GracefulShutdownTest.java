package io.cakesync.ops;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.Outcome;
import io.cakesync.audit.RunQueries;
import io.cakesync.audit.RunStatus;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * SIGTERM mid-run, as Quarkus delivers it to the application: a ShutdownEvent while a write is in
 * flight. The profile gives this test an application of its own, since it ends shutting down.
 */
@QuarkusTest
@TestProfile(GracefulShutdownTest.ShuttingDown.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class GracefulShutdownTest {
    static final String FIRST = id(801);
    static final String SECOND = id(802);
    static final String AMY = id(81);
    static final String BEN = id(82);

    /** One group at a time, so that there is a group in flight and a group after it. */
    public static class ShuttingDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sync.concurrency", "1");
        }
    }

    @Inject
    SyncRunner runner;
    @Inject
    ShutdownDrain drain;
    @Inject
    RunQueries queries;
    @Inject
    DataSource dataSource;

    @Test
    void theGroupInFlightIsFinishedTheRestIsLeftAndTheRunIsClosedAsInterrupted() throws SQLException {
        SandboxTenant tenant = Tenant.reset();
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addGroup(FIRST, "First", "Cakewalk");
        tenant.addGroup(SECOND, "Second", "Cakewalk");
        Tenant.mapping("groups:\n  - group: First\n    departments: [One]\n"
                + "  - group: Second\n    departments: [Two]\n");
        Tenant.hr("E81,amy@acme.example,Amy,A,One,active", "E82,ben@acme.example,Ben,B,Two,active");
        SandboxResource.server().faults().applyThenDelay("POST", "/api/v1/UsersGroups/" + FIRST + "/Users",
                Duration.ofMillis(1500));

        CompletableFuture<RunReport> run = CompletableFuture.supplyAsync(
                () -> runner.runNow(Trigger.SCHEDULE, false).orElseThrow());
        await().atMost(Duration.ofSeconds(20)).until(() -> tenant.members(FIRST).contains(AMY));

        drain.onShutdown(new ShutdownEvent());

        assertThat(queries.runs(1, 0).get(0).status()).as("shutdown waited for the run to close").isEqualTo(RunStatus.FAILED);
        RunReport report = run.join();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).isEqualTo("interrupted by shutdown");
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .extracting(ChangeView::groupName, ChangeView::outcome)
                .containsExactlyInAnyOrder(tuple("First", Outcome.APPLIED), tuple("Second", Outcome.NOT_ATTEMPTED));
        assertThat(tenant.members(SECOND)).isEmpty();
        assertThat(Tenant.writes()).containsExactly("POST /api/v1/UsersGroups/" + FIRST + "/Users");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RunLockTest.RUN_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next() && rs.getBoolean(1)).as("the run lock was released").isTrue();
            }
        }
    }
}
