package io.cakesync.source.personio;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunQueries;
import io.cakesync.ops.CheckResult;
import io.cakesync.ops.Checks;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.TargetedReport;
import io.cakesync.reconcile.Targets;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.PersonioPerson;
import io.cakesync.sandbox.PersonioSandbox;
import io.cakesync.sandbox.PersonioTenant;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.source.PersonRef;
import io.cakesync.testing.History;
import io.cakesync.testing.PersonioSandboxResource;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Whole runs reading the sandbox Personio tenant over real HTTP, 10 employees a page. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(name = "sync.safety.hold-first-run", value = "false"),
            @ResourceArg(name = "sync.safety.max-headcount-drop", value = "100")
        })
@QuarkusTestResource(
        value = PersonioSandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "sync.source.personio.page-size", value = "10"))
class PersonioSyncRunTest {
    static final String SALES = id(201);
    static final String ENGINEERING = id(202);
    static final String ADA = id(21);
    static final String BEN = id(22);
    static final String CLEO = id(23);
    static final String DAN = id(24);
    static final String EVE = id(25);
    static final String FINN = id(26);

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    @Inject
    Checks checks;

    SandboxTenant cakewalk;
    PersonioSandbox personio = PersonioSandboxResource.server();

    @BeforeEach
    void company() {
        History.forget(dataSource);
        cakewalk = Tenant.reset();
        for (String[] u :
                new String[][] {{ADA, "ada"}, {BEN, "ben"}, {CLEO, "cleo"}, {DAN, "dan"}, {EVE, "eve"}, {FINN, "finn"}
                }) {
            cakewalk.addUser(u[0], u[1], u[1] + "@acme.example", "Active", "User");
        }
        cakewalk.addGroup(SALES, "Sales EMEA", "Cakewalk");
        cakewalk.addGroup(ENGINEERING, "Engineering", "Cakewalk");
        cakewalk.addMember(ENGINEERING, CLEO);
        cakewalk.addMember(ENGINEERING, EVE);
        cakewalk.addMember(SALES, DAN);
        Tenant.mapping("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                  - group: Engineering
                    departments: [Engineering]
                """);
        PersonioTenant hr = personio.tenant();
        hr.clear();
        hr.add(PersonioPerson.of(1, "ada@acme.example", "active", "Engineering").withOffice("Berlin"));
        hr.add(PersonioPerson.of(2, "ben@acme.example", "active", "Sales EMEA").withOffice("Hamburg"));
        hr.add(PersonioPerson.of(3, "cleo@acme.example", "onboarding", "Engineering"));
        hr.add(PersonioPerson.of(4, "dan@acme.example", "inactive", "Sales EMEA"));
        hr.add(PersonioPerson.of(5, "eve@acme.example", "leave", "Engineering"));
        hr.add(PersonioPerson.of(6, "finn@acme.example", "onboarding", "Sales EMEA"));
        for (int n = 7; n <= 25; n++) {
            hr.add(PersonioPerson.of(n, "person" + n + "@acme.example", "active", "Marketing"));
        }
        personio.faults().clear();
        personio.clearRequests();
    }

    @Test
    void placesPersonioPeopleAndKeepsPreHiresOutOfEveryGroup() throws SQLException {
        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cakewalk.members(ENGINEERING)).containsExactlyInAnyOrder(ADA, EVE);
        assertThat(cakewalk.members(SALES)).containsExactly(BEN);
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .extracting(
                        ChangeView::groupName,
                        ChangeView::action,
                        ChangeView::email,
                        ChangeView::reason,
                        ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple("Engineering", "ADD", "ada@acme.example", "department Engineering", Outcome.APPLIED),
                        tuple("Engineering", "REMOVE", "cleo@acme.example", "status pre-hire", Outcome.APPLIED),
                        tuple("Sales EMEA", "ADD", "ben@acme.example", "department Sales EMEA", Outcome.APPLIED),
                        tuple("Sales EMEA", "REMOVE", "dan@acme.example", "status inactive", Outcome.APPLIED));
        List<String> calls = personio.requests().stream()
                .map(r -> r.method() + " " + r.path() + (r.query() == null ? "" : "?" + r.query()))
                .toList();
        assertThat(calls.subList(0, 2)).containsExactly("POST /v1/auth", "GET /v1/company/employees?limit=10&offset=0");
        assertThat(calls.subList(2, calls.size()))
                .containsExactlyInAnyOrder(
                        "GET /v1/company/employees?limit=10&offset=10", "GET /v1/company/employees?limit=10&offset=20");
        assertThat(personio.requests().get(0).body())
                .contains("client_secret=****")
                .doesNotContain(PersonioSandboxResource.CLIENT_SECRET);
        assertThat(snapshot())
                .contains(
                        "1 Engineering active {\"office\": \"Berlin\"}",
                        "3 Engineering pre-hire {}",
                        "4 Sales EMEA inactive {}");
    }

    @Test
    void anEventRunAsksPersonioForTheNamedPeopleAlone() {
        assertThat(runner.runNow(Trigger.CLI, false).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        personio.tenant().update(PersonioPerson.of(6, "finn@acme.example", "active", "Sales EMEA"));
        personio.clearRequests();

        TargetedReport report = runner.runForPeople(
                        () -> Optional.of(new Targets(
                                Set.of(PersonRef.byEmployeeId("6"), PersonRef.byEmail("zed@acme.example")),
                                List.of(),
                                Duration.ZERO)),
                        false)
                .orElseThrow();

        assertThat(report.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(report.unknown()).containsExactly(PersonRef.byEmail("zed@acme.example"));
        assertThat(cakewalk.members(SALES)).containsExactlyInAnyOrder(BEN, FINN);
        assertThat(personio.requests())
                .extracting(r -> r.method() + " " + r.path() + (r.query() == null ? "" : "?" + r.query()))
                .containsExactly(
                        "POST /v1/auth",
                        "GET /v1/company/employees/6",
                        "GET /v1/company/employees?email=zed%40acme.example");
    }

    @Test
    void aCredentialThatMayNotReadDepartmentsFailsTheRunBeforeAnyWrite() {
        personio.tenant().hide("department");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error())
                .contains("Personio does not show 'department'")
                .contains("missing on 25 of 25 employees");
        assertThat(Tenant.writes()).isEmpty();
        assertThat(cakewalk.members(SALES)).containsExactly(DAN);
    }

    @Test
    void ridesOutA429AndA503FromPersonio() {
        personio.faults().respond("GET", "/v1/company/employees", 429, 0);
        personio.faults().respond("GET", "/v1/company/employees", 503, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(personio.requests()).extracting(r -> r.status()).containsExactly(200, 429, 503, 200, 200, 200);
        assertThat(cakewalk.members(SALES)).containsExactly(BEN);
    }

    @Test
    void aRejectedCredentialFailsTheRunAfterOneCall() {
        personio.faults().respond("POST", "/v1/auth", 401, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error())
                .contains("SYNC_SOURCE_PERSONIO_CLIENT_ID")
                .doesNotContain(PersonioSandboxResource.CLIENT_SECRET);
        assertThat(personio.requests()).hasSize(1);
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void checkListsWhatThePersonioProbeFound() {
        personio.tenant().hide("office");

        List<CheckResult> results =
                checks.run().stream().filter(r -> r.check().equals("HR source")).toList();

        assertThat(results)
                .extracting(CheckResult::verdict, CheckResult::detail)
                .contains(
                        tuple(CheckResult.Verdict.PASS, "Personio credentials: accepted by " + personio.url()),
                        tuple(CheckResult.Verdict.PASS, "Personio employees: 25 employee(s), leavers included"),
                        tuple(
                                CheckResult.Verdict.PASS,
                                "attribute department: readable (Personio attribute 'department')"),
                        tuple(
                                CheckResult.Verdict.WARN,
                                "other attributes: not readable, and no rule uses them: office ('office')"));
        assertThat(personio.count("GET", "/v1/company/employees")).isEqualTo(1);
    }

    private List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT employee_id, department, status, attributes::text FROM hr_employee ORDER BY employee_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return rows;
    }
}
