package io.cakesync.reconcile;

import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.Caches;
import io.cakesync.testing.IncrementalProfile;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Between full refreshes a run trusts the daemon's snapshot; a full refresh still finds edits made by hand. */
@QuarkusTest
@TestProfile(IncrementalProfile.class)
class IncrementalSyncTest {
    static final String SALES = id(201);
    static final String FINANCE = id(202);
    static final String ALICE = id(21);
    static final String BOB = id(22);
    static final String CAROL = id(23);
    static final String DAVE = id(24);
    static final String ERIN = id(25);
    static final String FRANK = id(26);
    static final String GROUPS = "GET /api/v1/UsersGroups";
    static final String USERS = "GET /api/v1/Users";

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    @Inject
    SyncConfig config;

    SandboxServer sandbox = SandboxResource.server();
    SandboxTenant tenant;
    ShiftedRefreshPolicy clock;

    /** A converged tenant after one full refresh; Dave was a stale member. */
    @BeforeEach
    void convergedByAFullRefresh() {
        tenant = Tenant.reset();
        tenant.addUser(ALICE, "Alice", "alice@acme.example", "Active", "User");
        tenant.addUser(BOB, "Bob", "bob@acme.example", "Active", "User");
        tenant.addUser(CAROL, "Carol", "carol@acme.example", "Active", "User");
        tenant.addUser(DAVE, "Dave", "dave@acme.example", "Active", "User");
        tenant.addGroup(SALES, "Sales EMEA", "Cakewalk");
        tenant.addGroup(FINANCE, "Finance", "Cakewalk");
        tenant.addMember(SALES, BOB);
        tenant.addMember(SALES, DAVE);
        Tenant.mapping("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                  - group: Finance
                    departments: [Finance]
                """);
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,active",
                "E2,bob@acme.example,Bob,B,Sales EMEA,active",
                "E3,carol@acme.example,Carol,C,Finance,active");
        Caches.forget(dataSource);
        clock = ShiftedRefreshPolicy.install(config);
        clock.intervalElapses();
        RunReport first = run();
        assertThat(Caches.refreshMode(dataSource, first.runId())).isEqualTo("FULL");
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(tenant.members(FINANCE)).containsExactly(CAROL);
        clock.backToNow();
        sandbox.clearRequests();
    }

    @Test
    void runWithoutHrChangeReadsOnlyTheGroupListAndWritesNothing() {
        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(Caches.refreshMode(dataSource, report.runId())).isEqualTo("INCREMENTAL");
        assertThat(requests()).containsExactly(GROUPS);
        assertThat(queries.run(report.runId()).orElseThrow().run().apiCalls()).isEqualTo(1);
        assertThat(queries.run(report.runId()).orElseThrow().changes()).isEmpty();
    }

    @Test
    void hrChangeIsAppliedFromTheSnapshotWithoutReadingAnyGroup() {
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,active",
                "E2,bob@acme.example,Bob,B,Finance,active",
                "E3,carol@acme.example,Carol,C,Finance,terminated");

        RunReport report = run();

        assertThat(Caches.refreshMode(dataSource, report.runId())).isEqualTo("INCREMENTAL");
        assertThat(requests())
                .containsExactlyInAnyOrder(
                        GROUPS,
                        "DELETE /api/v1/UsersGroups/" + SALES + "/Users/" + BOB,
                        "DELETE /api/v1/UsersGroups/" + FINANCE + "/Users/" + CAROL,
                        "POST /api/v1/UsersGroups/" + FINANCE + "/Users");
        assertThat(tenant.members(SALES)).containsExactly(ALICE);
        assertThat(tenant.members(FINANCE)).containsExactly(BOB);
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .extracting(
                        ChangeView::groupName,
                        ChangeView::action,
                        ChangeView::email,
                        ChangeView::reason,
                        ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple(
                                "Sales EMEA",
                                "REMOVE",
                                "bob@acme.example",
                                "moved from Sales EMEA to Finance",
                                Outcome.APPLIED),
                        tuple("Finance", "ADD", "bob@acme.example", "department Finance", Outcome.APPLIED),
                        tuple("Finance", "REMOVE", "carol@acme.example", "status terminated", Outcome.APPLIED));
    }

    @Test
    void driftMadeByHandIsCorrectedOnTheNextFullRefreshAndMarkedAsDrift() {
        tenant.addMember(SALES, DAVE);
        tenant.removeMember(SALES, ALICE);

        RunReport trusting = run();
        assertThat(requests()).containsExactly(GROUPS);
        assertThat(tenant.members(SALES))
                .as("an incremental run cannot see drift")
                .containsExactlyInAnyOrder(BOB, DAVE);
        assertThat(queries.run(trusting.runId()).orElseThrow().changes()).isEmpty();

        clock.intervalElapses();
        sandbox.clearRequests();
        RunReport refresh = run();

        assertThat(Caches.refreshMode(dataSource, refresh.runId())).isEqualTo("FULL");
        assertThat(requests())
                .containsExactlyInAnyOrder(
                        GROUPS,
                        USERS,
                        "GET /api/v1/UsersGroups/" + SALES + "/Users",
                        "GET /api/v1/UsersGroups/" + FINANCE + "/Users",
                        "POST /api/v1/UsersGroups/" + SALES + "/Users",
                        "DELETE /api/v1/UsersGroups/" + SALES + "/Users/" + DAVE);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(queries.run(refresh.runId()).orElseThrow().changes())
                .extracting(ChangeView::action, ChangeView::email, ChangeView::reason, ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple(
                                "ADD",
                                "alice@acme.example",
                                "drift: department Sales EMEA (member removed outside "
                                        + "cakesync, found on full refresh)",
                                Outcome.APPLIED),
                        tuple(
                                "REMOVE",
                                "dave@acme.example",
                                "drift: not in the HR source (member added outside "
                                        + "cakesync, found on full refresh)",
                                Outcome.APPLIED));
    }

    @Test
    void newHireThatCakewalkAlreadyImportedIsFoundByRereadingTheUserListOnce() {
        tenant.addUser(ERIN, "Erin", "erin@acme.example", "Active", "User");
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,active",
                "E2,bob@acme.example,Bob,B,Sales EMEA,active",
                "E3,carol@acme.example,Carol,C,Finance,active",
                "E5,erin@acme.example,Erin,E,Sales EMEA,active",
                "E6,frank@acme.example,Frank,F,Sales EMEA,active");

        RunReport hires = run();
        assertThat(requests()).containsExactlyInAnyOrder(GROUPS, USERS, "POST /api/v1/UsersGroups/" + SALES + "/Users");
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB, ERIN);
        assertThat(queries.run(hires.runId()).orElseThrow().changes())
                .extracting(ChangeView::email, ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple("erin@acme.example", Outcome.APPLIED), tuple("frank@acme.example", Outcome.DEFERRED));

        // Frank was in HR last time: waiting for Cakewalk's import must not re-read the list every run.
        tenant.addUser(FRANK, "Frank", "frank@acme.example", "Active", "User");
        sandbox.clearRequests();
        RunReport waiting = run();
        assertThat(requests()).containsExactly(GROUPS);
        assertThat(queries.run(waiting.runId()).orElseThrow().changes())
                .extracting(ChangeView::email, ChangeView::outcome)
                .containsExactly(tuple("frank@acme.example", Outcome.DEFERRED));

        clock.intervalElapses();
        run();
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB, ERIN, FRANK);
    }

    @Test
    void aGroupWhoseWriteFailedIsReadAgainByTheNextRun() {
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,active",
                "E2,bob@acme.example,Bob,B,Sales EMEA,terminated",
                "E3,carol@acme.example,Carol,C,Finance,active");
        sandbox.faults().respond("DELETE", "/api/v1/UsersGroups/" + SALES + "/Users/" + BOB, 400, null);

        RunReport failed = run();
        assertThat(failed.status()).isEqualTo(RunStatus.PARTIAL);
        sandbox.clearRequests();

        RunReport next = run();

        assertThat(next.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(Caches.refreshMode(dataSource, next.runId())).isEqualTo("INCREMENTAL");
        assertThat(requests())
                .containsExactlyInAnyOrder(
                        GROUPS,
                        "GET /api/v1/UsersGroups/" + SALES + "/Users",
                        "DELETE /api/v1/UsersGroups/" + SALES + "/Users/" + BOB);
        assertThat(tenant.members(SALES)).containsExactly(ALICE);
    }

    private RunReport run() {
        return runner.runNow(Trigger.CLI, false).orElseThrow();
    }

    private List<String> requests() {
        return sandbox.requests().stream().map(r -> r.method() + " " + r.path()).toList();
    }
}
