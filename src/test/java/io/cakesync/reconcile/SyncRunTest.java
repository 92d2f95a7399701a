package io.cakesync.reconcile;

import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

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

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(name = "sync.safety.hold-first-run", value = "false"),
            @ResourceArg(name = "sync.safety.max-headcount-drop", value = "100")
        })
class SyncRunTest {
    static final String SALES = id(101);
    static final String FINANCE = id(102);
    static final String BOARD = id(103);
    static final String OKTA = id(104);
    static final String ALICE = id(11);
    static final String BOB = id(12);
    static final String CAROL = id(13);
    static final String DAVE = id(14);
    static final String ERIN = id(15);
    static final String GINA = id(17);
    static final String HANK = id(18);

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;
    SandboxServer sandbox = SandboxResource.server();

    @BeforeEach
    void messyTenant() {
        History.forget(dataSource);
        tenant = Tenant.reset();
        tenant.addUser(ALICE, "Alice", "alice@acme.example", "Active", "User");
        tenant.addUser(BOB, "Bob", "Bob@Acme.example", "Active", "User");
        tenant.addUser(CAROL, "Carol", "carol@acme.example", "Active", "User");
        tenant.addUser(DAVE, "Dave", "dave@acme.example", "Active", "User");
        tenant.addUser(ERIN, "Erin", "erin@acme.example", "Deactivated", "User");
        tenant.addUser(GINA, "Gina", "gina@acme.example", "Invited", "User");
        tenant.addUser(HANK, "Hank", "hank@acme.example", "Active", "User");
        tenant.addGroup(SALES, "Sales EMEA", "Cakewalk");
        tenant.addGroup(FINANCE, "Finance", "Cakewalk");
        tenant.addGroup(BOARD, "Board", "Cakewalk");
        tenant.addGroup(OKTA, "Okta Everyone", "Okta");
        tenant.addMember(SALES, BOB);
        tenant.addMember(SALES, CAROL);
        tenant.addMember(SALES, DAVE);
        tenant.addMember(BOARD, DAVE);
        tenant.addMember(OKTA, CAROL);
        Tenant.mapping("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                  - group: %s
                    departments: [Finance]
                """.formatted(FINANCE));
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,active",
                "E2,  BOB@acme.example ,Bob,B,Sales EMEA,active",
                "E3,carol@acme.example,Carol,C,Sales EMEA,terminated",
                "E5,erin@acme.example,Erin,E,Sales EMEA,active",
                "E6,frank@acme.example,Frank,F,Sales EMEA,active",
                "E7,gina@acme.example,Gina,G,Finance,active");
        sandbox.clearRequests();
    }

    @Test
    void firstSyncConvergesAMessyTenant() {
        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(tenant.members(FINANCE)).containsExactly(GINA);
        assertThat(tenant.members(BOARD)).containsExactly(DAVE);
        assertThat(tenant.members(OKTA)).containsExactly(CAROL);
        assertThat(sandbox.requests())
                .noneMatch(r -> r.path().contains(BOARD) || r.path().contains(OKTA));
        assertThat(Tenant.writes())
                .containsExactlyInAnyOrder(
                        "POST /api/v1/UsersGroups/" + SALES + "/Users",
                        "POST /api/v1/UsersGroups/" + FINANCE + "/Users",
                        "DELETE /api/v1/UsersGroups/" + SALES + "/Users/" + CAROL,
                        "DELETE /api/v1/UsersGroups/" + SALES + "/Users/" + DAVE);

        RunDetail run = queries.run(report.runId()).orElseThrow();
        assertThat(run.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.run().apiCalls()).isEqualTo(sandbox.requests().size());
        assertThat(run.changes())
                .extracting(
                        ChangeView::groupName,
                        ChangeView::action,
                        ChangeView::email,
                        ChangeView::reason,
                        ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple("Sales EMEA", "ADD", "alice@acme.example", "department Sales EMEA", Outcome.APPLIED),
                        tuple("Sales EMEA", "REMOVE", "carol@acme.example", "status terminated", Outcome.APPLIED),
                        tuple("Sales EMEA", "REMOVE", "dave@acme.example", "not in the HR source", Outcome.APPLIED),
                        tuple(
                                "Sales EMEA",
                                "ADD",
                                "erin@acme.example",
                                "department Sales EMEA; not added: Cakewalk status is Deactivated",
                                Outcome.SKIPPED),
                        tuple(
                                "Sales EMEA",
                                "ADD",
                                "frank@acme.example",
                                "department Sales EMEA; no Cakewalk user with this email yet",
                                Outcome.DEFERRED),
                        tuple("Finance", "ADD", "gina@acme.example", "department Finance", Outcome.APPLIED));
    }

    @Test
    void secondRunAfterConvergingChangesNothing() {
        runner.runNow(Trigger.CLI, false).orElseThrow();
        sandbox.clearRequests();

        RunReport again = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(Tenant.writes()).isEmpty();
        assertThat(queries.run(again.runId()).orElseThrow().changes())
                .extracting(ChangeView::outcome)
                .containsOnly(Outcome.SKIPPED, Outcome.DEFERRED);
    }

    @Test
    void movesLeaverAndJoinerOnTheNextRun() {
        runner.runNow(Trigger.CLI, false).orElseThrow();
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,terminated",
                "E2,bob@acme.example,Bob,B,Finance,active",
                "E7,gina@acme.example,Gina,G,Finance,active",
                "E8,hank@acme.example,Hank,H,Finance,active");
        sandbox.clearRequests();

        RunReport report = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(tenant.members(SALES)).isEmpty();
        assertThat(tenant.members(FINANCE)).containsExactlyInAnyOrder(BOB, GINA, HANK);
        assertThat(sandbox.count("POST", ".*/" + FINANCE + "/Users")).isEqualTo(1);
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .filteredOn(c -> c.outcome() == Outcome.APPLIED)
                .extracting(ChangeView::groupName, ChangeView::action, ChangeView::email, ChangeView::reason)
                .containsExactlyInAnyOrder(
                        tuple("Sales EMEA", "REMOVE", "alice@acme.example", "status terminated"),
                        tuple("Sales EMEA", "REMOVE", "bob@acme.example", "moved from Sales EMEA to Finance"),
                        tuple("Finance", "ADD", "bob@acme.example", "department Finance"),
                        tuple("Finance", "ADD", "hank@acme.example", "department Finance"));
    }

    @Test
    void dryRunSendsNoWritesAndRecordsThePlan() {
        RunReport report = runner.runNow(Trigger.CLI, true).orElseThrow();

        assertThat(Tenant.writes()).isEmpty();
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(BOB, CAROL, DAVE);
        RunDetail run = queries.run(report.runId()).orElseThrow();
        assertThat(run.run().mode()).isEqualTo("DRY_RUN");
        assertThat(run.changes())
                .filteredOn(c -> c.outcome() == Outcome.SKIPPED_DRY_RUN)
                .extracting(ChangeView::action, ChangeView::email)
                .containsExactlyInAnyOrder(
                        tuple("ADD", "alice@acme.example"), tuple("REMOVE", "carol@acme.example"),
                        tuple("REMOVE", "dave@acme.example"), tuple("ADD", "gina@acme.example"));
        assertThat(report.summary()).startsWith("dry run: would add 2 and remove 2");
    }

    @Test
    void waitsOutTooManyRequestsAndRetries() {
        sandbox.faults().respond("POST", ".*/" + SALES + "/Users", 429, 1);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sandbox.count("POST", ".*/" + SALES + "/Users")).isEqualTo(2);
        assertThat(tenant.members(SALES)).contains(ALICE);
        assertThat(change(report, "Sales EMEA", "ADD", "alice@acme.example"))
                .extracting(ChangeView::outcome, ChangeView::attempts)
                .containsExactly(Outcome.APPLIED, 2);
    }

    @Test
    void retriesServerErrorsOnReads() {
        sandbox.faults().respond("GET", "/api/v1/Users", 503, null);
        sandbox.faults().respond("GET", "/api/v1/Users", 502, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sandbox.count("GET", "/api/v1/Users")).isEqualTo(3);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB);
    }

    @Test
    void doesNotDuplicateAWriteWhoseResponseWasLost() {
        sandbox.faults().applyThenRespond("POST", ".*/" + FINANCE + "/Users", 500);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(sandbox.count("POST", ".*/" + FINANCE + "/Users")).isEqualTo(1);
        assertThat(tenant.members(FINANCE)).containsExactly(GINA);
        assertThat(change(report, "Finance", "ADD", "gina@acme.example").outcome())
                .isEqualTo(Outcome.APPLIED);
        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void stopsAtOnceWhenTheApiKeyIsRejected() {
        sandbox.faults().respond("GET", ".*", 401, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(sandbox.requests()).hasSize(1);
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("401").doesNotContain(SandboxResource.API_SECRET);
        RunDetail run = queries.run(report.runId()).orElseThrow();
        assertThat(run.run().error()).isEqualTo(report.error());
        assertThat(run.changes()).isEmpty();
    }

    @Test
    void brokenHrFileFailsTheRunBeforeAnyCall() {
        Tenant.hrRaw("employee_id,first_name,department,status\nE1,Alice,Sales EMEA,active\n");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains(SandboxResource.hrFile().toString()).contains("email");
        assertThat(sandbox.requests()).isEmpty();
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(BOB, CAROL, DAVE);
        assertThat(queries.run(report.runId()).orElseThrow().changes()).isEmpty();
    }

    @Test
    void keepsMembersWhoseHrRowWasRejectedAndHoldsOtherRemovals() {
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,active",
                "E2,bob@acme.example,Bob,B,Sales EMEA,active",
                "E3,carol@acme.example,Carol,C,Sales EMEA,retired",
                "E7,gina@acme.example,Gina,G,Finance,active");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(tenant.members(SALES)).contains(ALICE, CAROL, DAVE);
        RunDetail run = queries.run(report.runId()).orElseThrow();
        assertThat(run.rejections()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("line 4");
            assertThat(r.reason()).contains("retired");
        });
        assertThat(change(report, "Sales EMEA", "REMOVE", "carol@acme.example"))
                .extracting(ChangeView::outcome, ChangeView::reason)
                .containsExactly(
                        Outcome.SKIPPED,
                        "kept: HR record at line 4 was rejected ("
                                + run.rejections().get(0).reason() + ")");
        assertThat(change(report, "Sales EMEA", "REMOVE", "dave@acme.example").outcome())
                .isEqualTo(Outcome.HELD);
        assertThat(change(report, "Sales EMEA", "ADD", "alice@acme.example").outcome())
                .isEqualTo(Outcome.APPLIED);
    }

    @Test
    void unknownGroupInMappingFailsTheRunWithoutWrites() {
        Tenant.mapping("""
                groups:
                  - group: Sales AMER
                    departments: [Sales AMER]
                """);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error())
                .contains(SandboxResource.mappingFile().toString())
                .contains("Sales AMER");
        assertThat(Tenant.writes()).isEmpty();
    }

    private ChangeView change(RunReport report, String group, String action, String email) {
        List<ChangeView> matches = queries.run(report.runId()).orElseThrow().changes().stream()
                .filter(c -> c.groupName().equals(group) && c.action().equals(action) && email.equals(c.email()))
                .toList();
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }
}
