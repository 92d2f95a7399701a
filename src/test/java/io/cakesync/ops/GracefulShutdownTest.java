package io.cakesync.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.RunControl;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.Hold;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM mid-run, as Quarkus delivers it to the application: a ShutdownEvent while a write is in
 * flight. The profile gives this test an application of its own, since it ends shutting down.
 */
@QuarkusTest
@TestProfile(GracefulShutdownTest.ShuttingDown.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class GracefulShutdownTest {
    static final SmallTenant SMALL = new SmallTenant(8);
    static final String FIRST = SMALL.group(1);
    static final String SECOND = SMALL.group(2);
    static final String AMY = SMALL.person(1);

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

    @Inject
    RunControl control;

    @Test
    void theGroupInFlightIsFinishedTheRestIsLeftAndTheRunIsClosedAsInterrupted() throws SQLException {
        SandboxTenant tenant = SMALL.seed("First", "Second");
        Hold write = SandboxResource.server().faults().hold("POST", "/api/v1/UsersGroups/" + FIRST + "/Users");

        CompletableFuture<RunReport> run = CompletableFuture.supplyAsync(
                () -> runner.runNow(Trigger.SCHEDULE, false).orElseThrow());
        write.awaitArrived();
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> drain.onShutdown(new ShutdownEvent()));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .until(control::shutdownRequested);
        assertThat(run).as("the write to First is still held").isNotDone();
        write.release();

        shutdown.orTimeout(20, TimeUnit.SECONDS).join();
        assertThat(queries.runs(1, 0))
                .as("shutdown waited for the run to close its audit row")
                .extracting(r -> r.status())
                .containsExactly(RunStatus.FAILED);
        RunReport report = run.join();
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).isEqualTo("interrupted by shutdown");
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .extracting(ChangeView::groupName, ChangeView::outcome)
                .containsExactlyInAnyOrder(tuple("First", Outcome.APPLIED), tuple("Second", Outcome.NOT_ATTEMPTED));
        assertThat(tenant.members(FIRST)).containsExactly(AMY);
        assertThat(tenant.members(SECOND)).isEmpty();
        assertThat(Tenant.writes()).containsExactly("POST /api/v1/UsersGroups/" + FIRST + "/Users");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RunLockTest.RUN_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next() && rs.getBoolean(1))
                        .as("the run lock was released")
                        .isTrue();
            }
        }
    }
}
