package io.cakesync.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.approval.Approvals;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class RetentionPurgeTest {
    static final SmallTenant SMALL = new SmallTenant(5);
    static final String TEAM = SMALL.group(1);
    static final String AMY = SMALL.person(1);
    static final String BEN = SMALL.person(2);

    @Inject
    RetentionPurge purge;

    @Inject
    SyncRunner runner;

    @Inject
    Approvals approvals;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;

    @BeforeEach
    void tenant() {
        History.forget(dataSource);
        tenant = SMALL.seed("Team");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
    }

    @Test
    void deletesWholeOldRunsKeepsCurrentStateAndRecordsItself() throws SQLException {
        Tenant.hr("E51,amy@acme.example,Amy,A,Team,active");
        RunReport first = live();
        RunReport second = live();

        RetentionPurge.Purged purged = purge.purge(OffsetDateTime.now().plusMinutes(1), "test");

        assertThat(purged.runs()).isEqualTo(2);
        assertThat(purged.changes()).isEqualTo(1);
        assertThat(queries.run(first.runId())).isEmpty();
        assertThat(queries.run(second.runId())).isEmpty();
        assertThat(number("SELECT count(*) FROM sync_change")).isZero();
        assertThat(number("SELECT count(*) FROM source_headcount")).isZero();
        assertThat(number("SELECT count(*) FROM hr_employee WHERE run_id IS NULL"))
                .isEqualTo(1);
        assertThat(number("SELECT count(*) FROM group_snapshot WHERE run_id IS NULL"))
                .isEqualTo(1);
        assertThat(number("SELECT count(*) FROM owned_membership WHERE run_id IS NULL"))
                .isEqualTo(1);
        assertThat(number("SELECT runs * 1000 + changes FROM retention_purge ORDER BY id DESC LIMIT 1"))
                .isEqualTo(2001);
        assertThat(tenant.members(TEAM)).containsExactly(AMY);
    }

    @Test
    void keepsRunsThatFinishedAfterTheCutoff() {
        Tenant.hr("E51,amy@acme.example,Amy,A,Team,active");
        RunReport old = live();
        RunReport recent = live();

        purge.purge(queries.run(recent.runId()).orElseThrow().run().startedAt(), "test");

        assertThat(queries.run(old.runId())).isEmpty();
        assertThat(queries.run(recent.runId())).isPresent();
    }

    @Test
    void aHeldPlanStaysWhileTheRunThatAppliedItIsKept() {
        tenant.addMember(TEAM, BEN);
        Tenant.hr("E51,amy@acme.example,Amy,A,Team,active", "E52,ben@acme.example,Ben,B,Team,terminated");
        RunReport held = live();
        RunReport approval = runner.execute(approvals.approve(held.runId(), "alice", "Ben left"));

        purge.purge(queries.run(approval.runId()).orElseThrow().run().startedAt(), "test");

        RunDetail kept = queries.run(held.runId()).orElseThrow();
        assertThat(kept.run().decision().decidedBy()).isEqualTo("alice");
        assertThat(kept.changes()).isNotEmpty();
        assertThat(queries.run(approval.runId()).orElseThrow().run().approvesRun())
                .isEqualTo(held.runId());
    }

    private RunReport live() {
        return runner.runNow(Trigger.CLI, false).orElseThrow();
    }

    private long number(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
