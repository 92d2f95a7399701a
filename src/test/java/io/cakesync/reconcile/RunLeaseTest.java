package io.cakesync.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.ChangeOutcome;
import io.cakesync.audit.ChangeView;
import io.cakesync.audit.NewChange;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.Hold;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The run lock is a database session; sessions get cut while their process lives (idle timeouts,
 * NAT drops, failovers). A run that loses it stops before its next write, and a run is marked
 * ABANDONED only when its holder is provably gone. Both runs live in this JVM: two sessions are two
 * processes as far as PostgreSQL is concerned.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class RunLeaseTest {
    static final String TEAM = id(1301);
    static final String AMY = id(131);
    static final String BEN = id(132);
    static final String CARL = id(133);

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    SandboxTenant tenant;

    @BeforeEach
    void tenant() throws SQLException {
        execute("UPDATE sync_run SET status = 'ABANDONED', finished_at = now() WHERE status = 'RUNNING'");
        tenant = Tenant.reset();
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addUser(CARL, "Carl", "carl@acme.example", "Active", "User");
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        tenant.addMember(TEAM, BEN);
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hr("E132,ben@acme.example,Ben,B,Team,active");
        // A successful run first, so that the removal below is not held as a first run's.
        assertThat(runner.runNow(Trigger.SCHEDULE, false).orElseThrow().status())
                .isEqualTo(RunStatus.SUCCEEDED);
        SandboxResource.server().clearRequests();
    }

    @Test
    void aRunThatLosesItsLockSendsNothingMoreAndTheNextRunConverges() throws Exception {
        tenant.addMember(TEAM, CARL);
        Tenant.hr("E131,amy@acme.example,Amy,A,Team,active", "E132,ben@acme.example,Ben,B,Team,active");
        Hold add = SandboxResource.server().faults().hold("POST", "/api/v1/UsersGroups/" + TEAM + "/Users");

        CompletableFuture<RunReport> first = CompletableFuture.supplyAsync(
                () -> runner.runNow(Trigger.SCHEDULE, false).orElseThrow());
        add.awaitArrived();
        long firstRun = runningRun();
        terminateTheLockSession();
        int sentBeforeTheLoss = SandboxResource.server().requests().size();

        assertThat(runner.runNow(Trigger.CLI, false))
                .as("a second process does not start beside a live run")
                .isEmpty();
        assertThat(queries.run(firstRun).orElseThrow().run().status()).isEqualTo(RunStatus.RUNNING);
        add.release();
        RunReport report = first.get();

        assertThat(report.runId()).isEqualTo(firstRun);
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).isEqualTo("lost the run lock");
        assertThat(queries.run(firstRun).orElseThrow().changes())
                .extracting(ChangeView::action, ChangeView::userId, ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple("ADD", AMY, Outcome.APPLIED), tuple("REMOVE", CARL, Outcome.NOT_ATTEMPTED));
        assertThat(SandboxResource.server()
                        .requests()
                        .subList(
                                sentBeforeTheLoss,
                                SandboxResource.server().requests().size()))
                .as("requests of the first run after its lock was lost")
                .allMatch(r -> r.method().equals("GET"));
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(AMY, BEN, CARL);

        RunReport next = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(next.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(AMY, BEN);
        assertThat(Tenant.writes())
                .containsExactly(
                        "POST /api/v1/UsersGroups/" + TEAM + "/Users",
                        "DELETE /api/v1/UsersGroups/" + TEAM + "/Users/" + CARL);
    }

    @Test
    void aRunWhoseProcessDiedIsAbandonedAndTheNextRunConverges() throws SQLException {
        // What kill -9 leaves: a RUNNING row, its lock gone with the session, its heartbeat stopped.
        long dead = insertRunningRun("now() - interval '5 minutes'");
        Tenant.hr("E131,amy@acme.example,Amy,A,Team,active", "E132,ben@acme.example,Ben,B,Team,active");

        RunReport next = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(queries.run(dead).orElseThrow().run().status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(next.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(AMY, BEN);
    }

    @Test
    void aRunThatStillBeatsIsNeitherAbandonedNorRunBeside() throws SQLException {
        long alive = insertRunningRun("now()");

        assertThat(runner.runNow(Trigger.SCHEDULE, false)).isEmpty();

        assertThat(queries.run(alive).orElseThrow().run().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(SandboxResource.server().requests()).isEmpty();
        execute("UPDATE sync_run SET status = 'FAILED', finished_at = now() WHERE id = " + alive);
    }

    @Test
    void theProcessOfARunTakenForDeadStillRecordsItsOutcomesAndClosesItOnce() throws SQLException {
        long run = audit.openRun("SCHEDULE", false, "stalled-replica");
        audit.recordPlan(
                run,
                List.of(new NewChange(
                        TEAM, "Team", "ADD", AMY, "amy@acme.example", "E131", "department Team", Outcome.PLANNED)));
        execute("UPDATE sync_run SET heartbeat_at = now() - interval '5 minutes' WHERE id = " + run);
        assertThat(audit.abandonUnfinishedRuns(Duration.ofMinutes(1))).isEqualTo(1);

        audit.recordOutcomes(run, List.of(new ChangeOutcome(TEAM, "ADD", AMY, Outcome.APPLIED, 201, 1, null)));
        audit.finishRun(run, RunStatus.FAILED, 1, "stopped", "lost the run lock");

        assertThat(queries.run(run).orElseThrow().run().status()).isEqualTo(RunStatus.FAILED);
        assertThat(queries.run(run).orElseThrow().changes())
                .extracting(ChangeView::outcome)
                .containsExactly(Outcome.APPLIED);
        assertThatThrownBy(() -> audit.finishRun(run, RunStatus.SUCCEEDED, 1, "again", null))
                .hasMessageStartingWith("cannot finish run " + run)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> execute("UPDATE sync_change SET outcome = 'FAILED' WHERE run_id = " + run))
                .hasMessageContaining("audit rows of a finished run are append-only");
    }

    private long insertRunningRun(String heartbeat) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("INSERT INTO sync_run (status, trigger, mode, node, started_at, heartbeat_at) "
                                + "VALUES ('RUNNING', 'SCHEDULE', 'LIVE', 'other-replica', now() - interval '10 minutes', "
                                + heartbeat + ") RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long runningRun() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM sync_run WHERE status = 'RUNNING'")) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    /** What an idle-session timeout or a NAT drop does to the session holding the lock. */
    private void terminateTheLockSession() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                + "AND classid = ?::bigint::oid AND objid = ?::bigint::oid AND objsubid = 1")) {
            ps.setLong(1, RunLock.KEY >>> 32);
            ps.setLong(2, RunLock.KEY & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next() && rs.getBoolean(1))
                        .as("the lock's session was terminated")
                        .isTrue();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
