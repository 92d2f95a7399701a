package io.cakesync.reconcile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;
import io.cakesync.web.Users;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The safety rules end to end, with the default limits, against the sandbox tenant. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class SafetyTest {
    static final String TEAM = id(401);
    static final String OPS = id(402);
    static final int PEOPLE = 10;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;
    SandboxServer sandbox = SandboxResource.server();
    final List<String> rows = new ArrayList<>();

    /** Ten people in Team, all already members: the first run finds nothing to do and sets the baseline. */
    @BeforeEach
    void syncedTeam() {
        History.forget(dataSource);
        tenant = Tenant.reset();
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        tenant.addGroup(OPS, "Ops", "Cakewalk");
        for (int i = 1; i <= PEOPLE + 2; i++) {
            tenant.addUser(user(i), "Person " + i, email(i), "Active", "User");
        }
        for (int i = 1; i <= PEOPLE; i++) {
            tenant.addMember(TEAM, user(i));
            rows.add(row(i, "Team", "active"));
        }
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        writeHr();
        assertThat(run().status()).isEqualTo(RunStatus.SUCCEEDED);
        sandbox.clearRequests();
    }

    @Test
    void firstRunAgainstAnExistingTenantHoldsRemovalsAndAppliesAdds() {
        History.forget(dataSource);
        rows.set(0, row(1, "Team", "terminated"));
        rows.add(row(11, "Team", "active"));
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(tenant.members(TEAM)).contains(user(1), user(11));
        assertThat(Tenant.writes()).containsExactly("POST /api/v1/UsersGroups/" + TEAM + "/Users");
        RunDetail run = detail(report);
        assertThat(run.run().safety())
                .contains("no earlier successful run to compare the HR source with: removals HELD");
        assertThat(outcome(run, email(1))).isEqualTo(Outcome.HELD);
        assertThat(report.summary()).contains("1 removal held for approval");
    }

    @Test
    void truncatedHrFileAppliesAddsButHoldsEveryRemoval() {
        rows.remove(row(9, "Team", "active"));
        rows.add(row(11, "Team", "active"));
        writeHr();
        Tenant.hrRaw(hrText() + "E12,person12@acme.example,Person,Twelve,Te");

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(tenant.members(TEAM)).contains(user(9), user(11));
        assertThat(Tenant.writes()).noneMatch(w -> w.startsWith("DELETE"));
        RunDetail run = detail(report);
        assertThat(run.rejections()).hasSize(1);
        assertThat(run.run().safety())
                .contains("HR read: 1 row rejected, so the read is partial: inferred removals HELD");
        assertThat(run.changes())
                .filteredOn(c -> email(9).equals(c.email()))
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).endsWith("held: the HR read was partial (1 row rejected)"));
        assertThat(outcome(run, email(11))).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void emptyHrFileNeverEmptiesAGroup() {
        Tenant.hrRaw(Tenant.HEADER + "\n");

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("no employee rows");
        assertThat(tenant.members(TEAM)).hasSize(PEOPLE);
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void departmentThatVanishedFromHrHoldsRemovals() {
        rows.replaceAll(r -> r.replace(",Team,", ",Teams,"));
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(tenant.members(TEAM)).hasSize(PEOPLE);
        assertThat(detail(report).run().safety())
                .contains("largest department drop: 100% in Team (10 → 0), limit 20%: HELD");
    }

    @Test
    void removalShareOverTheGroupLimitIsHeldWhileAddsGoThrough() {
        leavers(1, 2, 3, 4, 5);
        rows.add(row(11, "Team", "active"));
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(tenant.members(TEAM)).hasSize(PEOPLE + 1);
        RunDetail run = detail(report);
        assertThat(run.run().safety()).contains("largest removal share: 50% in Team (5 of 10), limits 10 / 20%: HELD");
        assertThat(run.changes()).filteredOn(c -> c.outcome() == Outcome.HELD).hasSize(5);
        assertThat(outcome(run, email(11))).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void approvingAppliesExactlyTheHeldPlan() {
        leavers(1, 2, 3, 4, 5);
        writeHr();
        RunReport held = run();

        long approvalRun = approve(held.runId(), "alice", "reorganisation, checked with HR");

        RunDetail run = finished(approvalRun);
        assertThat(run.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.run().approvesRun()).isEqualTo(held.runId());
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(user(6), user(7), user(8), user(9), user(10));
        assertThat(run.changes())
                .extracting(ChangeView::email, ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple(email(1), Outcome.APPLIED),
                        tuple(email(2), Outcome.APPLIED),
                        tuple(email(3), Outcome.APPLIED),
                        tuple(email(4), Outcome.APPLIED),
                        tuple(email(5), Outcome.APPLIED));
        assertThat(run.changes())
                .allSatisfy(c -> assertThat(c.reason()).endsWith("approved by alice (run " + held.runId() + ")"));
        RunDetail decided = detail(held);
        assertThat(decided.run().decision().decision()).isEqualTo("APPROVED");
        assertThat(decided.run().decision().decidedBy()).isEqualTo("alice");
        assertThat(decided.run().decision().comment()).isEqualTo("reorganisation, checked with HR");
    }

    @Test
    void approvingAfterHrChangedHoldsTheNewPlanInstead() {
        leavers(1, 2, 3, 4, 5);
        writeHr();
        RunReport held = run();
        leavers(6);
        writeHr();

        long approvalRun = approve(held.runId(), "alice", "looks right");

        RunDetail run = finished(approvalRun);
        assertThat(run.run().status()).isEqualTo(RunStatus.HELD);
        assertThat(run.run().safety()).contains("HR or Cakewalk changed since, so the plan differs; held again");
        assertThat(run.changes()).filteredOn(c -> c.outcome() == Outcome.HELD).hasSize(6);
        assertThat(tenant.members(TEAM)).hasSize(PEOPLE);
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void rejectingAppliesNothingAndIsFinal() {
        leavers(1, 2, 3, 4, 5);
        writeHr();
        RunReport held = run();

        Users.as("bob")
                .contentType(ContentType.JSON)
                .body("{\"by\":\"bob\",\"comment\":\"HR export is wrong\"}")
                .when()
                .post("/api/runs/" + held.runId() + "/reject")
                .then()
                .statusCode(200);
        Users.as("alice")
                .contentType(ContentType.JSON)
                .body("{\"by\":\"alice\",\"comment\":\"go\"}")
                .when()
                .post("/api/runs/" + held.runId() + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("already REJECTED by bob"));

        assertThat(tenant.members(TEAM)).hasSize(PEOPLE);
        assertThat(Tenant.writes()).isEmpty();
        assertThat(detail(held).run().decision().decision()).isEqualTo("REJECTED");
    }

    @Test
    void approvalNeedsAComment() {
        leavers(1, 2, 3, 4, 5);
        writeHr();
        RunReport held = run();

        Users.as("alice")
                .contentType(ContentType.JSON)
                .body("{\"by\":\"alice\",\"comment\":\" \"}")
                .when()
                .post("/api/runs/" + held.runId() + "/approve")
                .then()
                .statusCode(409)
                .body("detail", equalTo("a comment is required: say why"));

        assertThat(detail(held).run().decision()).isNull();
    }

    @Test
    void managedOnlyGroupRemovesOnlyWhatCakesyncAdded() {
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n    mode: managed-only\n");
        tenant.addMember(TEAM, user(12));
        rows.add(row(11, "Team", "active"));
        writeHr();
        run();
        leavers(11);
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(TEAM)).contains(user(12)).doesNotContain(user(11));
        assertThat(detail(report).changes())
                .extracting(ChangeView::email, ChangeView::reason, ChangeView::outcome)
                .containsExactly(tuple(email(11), "status terminated", Outcome.APPLIED));
    }

    @Test
    void additiveGroupNeverRemoves() {
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n    mode: additive\n");
        leavers(1);
        writeHr();

        RunReport report = run();

        assertThat(tenant.members(TEAM)).contains(user(1));
        assertThat(detail(report).changes()).isEmpty();
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void protectedMembersAreNeverRemoved() {
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n    protected: [" + email(1) + "]\n");
        leavers(1, 2);
        writeHr();

        RunReport report = run();

        assertThat(tenant.members(TEAM)).contains(user(1)).doesNotContain(user(2));
        assertThat(detail(report).changes()).extracting(ChangeView::email).containsExactly(email(2));
    }

    @Test
    void adoptedMembersStayUntilHrSaysTheyLeft() {
        tenant.addMember(OPS, user(11));
        tenant.addMember(OPS, user(12));
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n  - group: Ops\n    departments: [Ops]\n");

        Users.as("alice")
                .contentType(ContentType.JSON)
                .body("{\"by\":\"alice\"}")
                .when()
                .post("/api/groups/Ops/adopt")
                .then()
                .statusCode(200)
                .body("members", equalTo(2));
        RunReport first = run();
        rows.add(row(12, "Sales", "terminated"));
        writeHr();
        RunReport second = run();

        assertThat(detail(first).changes()).isEmpty();
        assertThat(tenant.members(OPS)).containsExactly(user(11));
        assertThat(detail(second).changes())
                .extracting(ChangeView::groupName, ChangeView::email, ChangeView::reason, ChangeView::outcome)
                .containsExactly(tuple("Ops", email(12), "status terminated", Outcome.APPLIED));
    }

    @Test
    void emailChangedInHrIsMatchedByEmployeeIdInsteadOfRemoveAndAdd() {
        rows.set(2, "E3,person3.new@acme.example,Person,3,Team,active");
        writeHr();

        RunReport report = run();

        assertThat(Tenant.writes()).isEmpty();
        assertThat(tenant.members(TEAM)).contains(user(3));
        assertThat(detail(report).changes())
                .extracting(ChangeView::action, ChangeView::reason)
                .containsExactly(tuple(
                        "MATCH",
                        "email changed in HR from " + email(3) + " to person3.new@acme.example; "
                                + "matched to the same Cakewalk user by employee id"));
    }

    private RunReport run() {
        return runner.runNow(Trigger.CLI, false).orElseThrow();
    }

    private long approve(long runId, String by, String comment) {
        String location = Users.as(by)
                .contentType(ContentType.JSON)
                .body("{\"by\":\"" + by + "\",\"comment\":\"" + comment + "\"}")
                .when()
                .post("/api/runs/" + runId + "/approve")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private RunDetail finished(long runId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.run(runId).orElseThrow().run().status() != RunStatus.RUNNING);
        return queries.run(runId).orElseThrow();
    }

    private RunDetail detail(RunReport report) {
        return queries.run(report.runId()).orElseThrow();
    }

    private static Outcome outcome(RunDetail run, String email) {
        return run.changes().stream()
                .filter(c -> email.equals(c.email()))
                .findFirst()
                .orElseThrow()
                .outcome();
    }

    private void leavers(int... people) {
        for (int i : people) {
            rows.removeIf(r -> r.startsWith("E" + i + ","));
            rows.add(row(i, "Team", "terminated"));
        }
    }

    private void writeHr() {
        Tenant.hrRaw(hrText());
    }

    private String hrText() {
        return Tenant.HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static String row(int i, String department, String status) {
        return "E" + i + "," + email(i) + ",Person," + i + "," + department + "," + status;
    }

    private static String user(int i) {
        return id(40 + i);
    }

    private static String email(int i) {
        return "person" + i + "@acme.example";
    }
}
