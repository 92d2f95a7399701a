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
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
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
import static org.hamcrest.Matchers.everyItem;

/**
 * Removals judged by their evidence, end to end against the sandbox tenant with the default limits:
 * leavers go out despite a bad record, absent members wait, a mass of leavers waits, and a held plan
 * is asked for once however many runs hold it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class EvidenceSyncTest {
    static final String TEAM = id(701);
    static final int PEOPLE = 10;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;
    final List<String> rows = new ArrayList<>();

    /** Ten people in Team, all members: the first run changes nothing and sets the baseline. */
    @BeforeEach
    void syncedTeam() {
        History.forget(dataSource);
        tenant = Tenant.reset();
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        for (int i = 1; i <= PEOPLE; i++) {
            tenant.addUser(user(i), "Person " + i, email(i), "Active", "User");
            tenant.addMember(TEAM, user(i));
            rows.add(row(i, "Team", "active"));
        }
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        writeHr();
        assertThat(run().status()).isEqualTo(RunStatus.SUCCEEDED);
        SandboxResource.server().clearRequests();
    }

    @Test
    void leaversGoOutDespiteARejectedRecordWhileAnAbsentMemberIsKept() {
        leavers(1);
        rows.removeIf(r -> r.startsWith("E2,"));
        rows.set(rows.indexOf(row(3, "Team", "active")), row(3, "Team", "gone"));
        rows.add("E99,,Someone,New,Team,active");
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(tenant.members(TEAM)).doesNotContain(user(1)).contains(user(2), user(3));
        assertThat(Tenant.writes()).containsExactly("DELETE /api/v1/UsersGroups/" + TEAM + "/Users/" + user(1));
        RunDetail run = detail(report);
        assertThat(run.changes())
                .extracting(ChangeView::email, ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple(email(1), Outcome.APPLIED),
                        tuple(email(2), Outcome.HELD),
                        tuple(email(3), Outcome.SKIPPED));
        assertThat(change(run, email(1)).reason()).isEqualTo("status terminated");
        assertThat(change(run, email(2)).reason())
                .startsWith("not in the HR source; held: the HR read was partial (2 rows rejected)");
        assertThat(change(run, email(3)).reason()).startsWith("kept: HR record at line 3 was rejected (unknown status");
        assertThat(report.summary())
                .startsWith("1 to remove: 1 done, 0 failed; 1 removal held for approval; 1 skipped");
    }

    @Test
    void theLeaverLimitHoldsAMassTerminationThatEachGroupWouldPass() {
        List<String> groups = company(5, 20);
        for (int g = 0; g < groups.size(); g++) {
            leavers(100 + g * 20, 101 + g * 20);
        }
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(Tenant.writes()).isEmpty();
        RunDetail run = detail(report);
        assertThat(run.run().safety().split("\n"))
                .anyMatch(f -> f.startsWith("largest removal share: 10% in Group ")
                        && f.endsWith("(2 of 20), limits 10 / 20%: passed"))
                .contains("leavers this run: 10 of 110 people (9%), limits 20 / 5%: HELD");
        assertThat(run.changes())
                .hasSize(10)
                .allSatisfy(c -> assertThat(c.reason())
                        .isEqualTo("status terminated; held: leavers this run exceed the leaver limit"));
        assertThat(report.summary()).startsWith("10 removals held for approval");
    }

    @Test
    void aNormalWeekOfLeaversGoesOut() {
        company(5, 20);
        leavers(100, 120, 140);
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(detail(report).run().safety())
                .contains("leavers this run: 3 of 110 people (3%), limits 20 / 5%: passed");
        assertThat(Tenant.writes()).hasSize(3).allMatch(w -> w.startsWith("DELETE"));
    }

    @Test
    void everyHoldReasonIsRecordedAndShown() {
        rows.removeIf(r -> r.matches("E[1-5],.*"));
        rows.add("E99,not-an-email,Some,One,Team,active");
        writeHr();

        RunReport report = run();

        RunDetail run = detail(report);
        String held = "held: the HR read was partial (1 row rejected); active headcount dropped 50% since the "
                + "last successful run; department Team shrank 50% since the last successful run; removals in Team "
                + "exceed the group limit; removals this run exceed the run limit";
        assertThat(run.changes())
                .hasSize(5)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo("not in the HR source; " + held));
        assertThat(run.run().safety().split("\n"))
                .contains(
                        "HR read: 1 row rejected, so the read is partial: inferred removals HELD",
                        "active headcount: 5, was 10 (-50%), limit 20%: HELD",
                        "largest department drop: 50% in Team (10 → 5), limit 20%: HELD",
                        "largest removal share: 50% in Team (5 of 10), limits 10 / 20%: HELD",
                        "removals this run: 5 of 10 members (50%), limits 50 / 10%: HELD");
        String page = Users.signedIn(Users.VERA)
                .when()
                .get("/runs/" + report.runId())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains(held).contains("largest department drop: 50% in Team (10 → 5), limit 20%: HELD");
    }

    @Test
    void runsHoldingTheSamePlanPointAtItAndOneApprovalDecidesForAll() {
        leavers(1, 2, 3, 4, 5);
        writeHr();
        RunReport first = run();
        RunReport second = run();
        RunReport third = run();

        RunView plan = detail(first).run();
        assertThat(plan.status()).isEqualTo(RunStatus.HELD);
        assertThat(plan.planExpiresAt()).isNotNull();
        assertThat(List.of(detail(second).run(), detail(third).run())).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.HELD);
            assertThat(r.heldByRun()).isEqualTo(first.runId());
            assertThat(r.planExpiresAt()).isNull();
        });
        assertThat(second.summary())
                .contains("5 removals held for approval (the plan run " + first.runId()
                        + " holds, still awaiting a decision)");
        assertThat(queries.awaitingDecision()).extracting(RunView::id).containsExactly(first.runId());
        String page = Users.signedIn(Users.VERA)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("id=\"held-banner-" + first.runId() + "\"")
                .doesNotContain("id=\"held-banner-" + second.runId() + "\"")
                .doesNotContain("id=\"held-banner-" + third.runId() + "\"")
                .contains("expires in");

        long approval = approve(third.runId());

        RunDetail applied = finished(approval);
        assertThat(applied.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(applied.run().approvesRun()).isEqualTo(first.runId());
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(user(6), user(7), user(8), user(9), user(10));
        assertThat(List.of(first, second, third))
                .allSatisfy(
                        r -> assertThat(detail(r).run().decision().decision()).isEqualTo("APPROVED"));
        assertThat(queries.awaitingDecision()).isEmpty();
    }

    @Test
    void rejectingAPlanDecidesItForEveryRunThatPointedAtIt() {
        leavers(1, 2, 3, 4, 5);
        writeHr();
        RunReport first = run();
        RunReport second = run();

        Users.as(Users.BOB)
                .contentType(ContentType.JSON)
                .body("{\"comment\":\"HR export is wrong\"}")
                .when()
                .post("/api/runs/" + first.runId() + "/reject")
                .then()
                .statusCode(200);

        assertThat(detail(second).run().decision().decision()).isEqualTo("REJECTED");
        Users.as(Users.ALICE)
                .contentType(ContentType.JSON)
                .body("{\"comment\":\"go\"}")
                .when()
                .post("/api/runs/" + second.runId() + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("already REJECTED by bob"));
        assertThat(queries.awaitingDecision()).isEmpty();
        assertThat(tenant.members(TEAM)).hasSize(PEOPLE);
    }

    @Test
    void aDryRunSaysWhatItWouldHoldAndItsRowsAreDryRunRows() {
        leavers(1, 2, 3, 4, 5);
        writeHr();

        RunReport report = runner.runNow(Trigger.CLI, true).orElseThrow();

        assertThat(report.summary())
                .startsWith("dry run: would add 0 and remove 0; would hold 5 removals for approval");
        assertThat(detail(report).changes()).hasSize(5).allSatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.SKIPPED_DRY_RUN);
            assertThat(c.reason())
                    .isEqualTo("status terminated; would hold: removals in Team exceed the group limit; "
                            + "removals this run exceed the run limit; leavers this run exceed the leaver limit");
            assertThat(c.runMode()).isEqualTo("DRY_RUN");
        });
        assertThat(queries.awaitingDecision()).isEmpty();
        Users.viewer()
                .queryParam("run", report.runId())
                .when()
                .get("/api/changes")
                .then()
                .statusCode(200)
                .body("runMode", everyItem(equalTo("DRY_RUN")));
        String page = Users.signedIn(Users.VERA)
                .queryParam("run", report.runId())
                .when()
                .get("/changes")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("run-mode\">DRY_RUN");
        assertThat(Tenant.writes()).isEmpty();
    }

    /** {@code groups} groups of {@code size} people each (numbered from 100), all members already, synced. */
    private List<String> company(int groups, int size) {
        List<String> ids = new ArrayList<>();
        StringBuilder mapping = new StringBuilder("groups:\n  - group: Team\n    departments: [Team]\n");
        for (int g = 0; g < groups; g++) {
            String group = id(710 + g);
            ids.add(group);
            tenant.addGroup(group, "Group " + g, "Cakewalk");
            mapping.append("  - group: Group ")
                    .append(g)
                    .append("\n    departments: [Dept ")
                    .append(g)
                    .append("]\n");
            for (int p = 0; p < size; p++) {
                int i = 100 + g * size + p;
                tenant.addUser(user(i), "Person " + i, email(i), "Active", "User");
                tenant.addMember(group, user(i));
                rows.add(row(i, "Dept " + g, "active"));
            }
        }
        Tenant.mapping(mapping.toString());
        writeHr();
        assertThat(run().status()).isEqualTo(RunStatus.SUCCEEDED);
        SandboxResource.server().clearRequests();
        return ids;
    }

    private RunReport run() {
        return runner.runNow(Trigger.CLI, false).orElseThrow();
    }

    private long approve(long runId) {
        String location = Users.as(Users.ALICE)
                .contentType(ContentType.JSON)
                .body("{\"comment\":\"confirmed with HR\"}")
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

    private static ChangeView change(RunDetail run, String email) {
        return run.changes().stream()
                .filter(c -> email.equals(c.email()))
                .findFirst()
                .orElseThrow();
    }

    private void leavers(int... people) {
        for (int i : people) {
            int at = -1;
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).startsWith("E" + i + ",")) {
                    at = r;
                }
            }
            String department = rows.get(at).split(",")[4];
            rows.set(at, row(i, department, "terminated"));
        }
    }

    private void writeHr() {
        Tenant.hrRaw(Tenant.HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private static String row(int i, String department, String status) {
        return "E" + i + "," + email(i) + ",Person," + i + "," + department + "," + status;
    }

    private static String user(int i) {
        return id(7000 + i);
    }

    private static String email(int i) {
        return "person" + i + "@acme.example";
    }
}
