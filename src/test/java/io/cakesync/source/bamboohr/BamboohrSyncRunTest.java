package io.cakesync.source.bamboohr;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RejectionView;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.BamboohrSandbox;
import io.cakesync.sandbox.BamboohrTenant;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.source.Attributes;
import io.cakesync.source.Employee;
import io.cakesync.source.HrRead;
import io.cakesync.source.HrSource;
import io.cakesync.source.PersonRef;
import io.cakesync.testing.BamboohrSandboxResource;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Whole runs with kind bamboohr: the sandbox BambooHR company (two employees a page) and the sandbox
 * Cakewalk tenant, both over real HTTP.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(name = "sync.safety.hold-first-run", value = "false"),
            @ResourceArg(name = "sync.safety.max-headcount-drop", value = "100")
        })
@QuarkusTestResource(value = BamboohrSandboxResource.class, restrictToAnnotatedClass = true)
class BamboohrSyncRunTest {
    static final String SALES = id(101);
    static final String FINANCE = id(102);
    static final String ALICE = id(11);
    static final String BOB = id(12);
    static final String CAROL = id(13);
    static final String DAVE = id(14);
    static final String ERIN = id(15);
    static final String GINA = id(17);
    static final String EMPLOYEES = "/api/v1/employees";

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    @Inject
    HrSource hr;

    SandboxTenant cakewalk;
    BamboohrSandbox bamboohr = BamboohrSandboxResource.server();

    @BeforeEach
    void company() {
        History.forget(dataSource);
        cakewalk = Tenant.reset();
        cakewalk.addUser(ALICE, "Alice", "alice@acme.example", "Active", "User");
        cakewalk.addUser(BOB, "Bob", "bob@acme.example", "Active", "User");
        cakewalk.addUser(CAROL, "Carol", "carol@acme.example", "Active", "User");
        cakewalk.addUser(DAVE, "Dave", "dave@acme.example", "Active", "User");
        cakewalk.addUser(ERIN, "Erin", "erin@acme.example", "Active", "User");
        cakewalk.addUser(GINA, "Gina", "gina@acme.example", "Active", "User");
        cakewalk.addGroup(SALES, "Sales EMEA", "Cakewalk");
        cakewalk.addGroup(FINANCE, "Finance", "Cakewalk");
        cakewalk.addMember(SALES, BOB);
        cakewalk.addMember(SALES, CAROL);
        cakewalk.addMember(SALES, ERIN);
        Tenant.mapping("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                  - group: Finance
                    departments: [Finance]
                """);
        BamboohrTenant people = bamboohr.tenant();
        people.clear();
        people.add(
                BamboohrTenant.employee("1001", "Alice", "A", "Active", "alice@acme.example", "Sales EMEA", "Hamburg"));
        people.add(BamboohrTenant.employee("1002", "Bob", "B", "Active", "Bob@Acme.example", "Sales EMEA", "Hamburg"));
        people.add(BamboohrTenant.employee(
                "1003", "Carol", "C", "Inactive", "carol@acme.example", "Sales EMEA", "Berlin"));
        people.add(BamboohrTenant.employee("1004", "Dave", "D", "Active", "dave@acme.example", "Sales EMEA", "Berlin")
                .put("hireDate", LocalDate.now().plusDays(30).toString()));
        people.add(BamboohrTenant.employee("1005", "Erin", "E", "Active", "erin@acme.example", "Sales EMEA", "Berlin")
                .put("employmentStatusName", "Leave of Absence"));
        people.add(BamboohrTenant.employee("1007", "Gina", "G", "Active", "gina@acme.example", "Finance", "Munich")
                .put("reportsToId", "1001"));
        bamboohr.faults().clear();
        bamboohr.clearRequests();
    }

    @Test
    void syncsTheGroupsFromEveryPageOfTheEmployeeList() {
        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cakewalk.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB, ERIN);
        assertThat(cakewalk.members(FINANCE)).containsExactly(GINA);
        assertThat(bamboohr.requests())
                .extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET " + EMPLOYEES, "GET " + EMPLOYEES, "GET " + EMPLOYEES);
        assertThat(bamboohr.requests())
                .allSatisfy(r -> assertThat(r.query()).doesNotContain("filter").doesNotContain("sort"));
        RunDetail run = queries.run(report.runId()).orElseThrow();
        assertThat(run.changes())
                .extracting(
                        ChangeView::groupName,
                        ChangeView::action,
                        ChangeView::email,
                        ChangeView::reason,
                        ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple("Sales EMEA", "ADD", "alice@acme.example", "department Sales EMEA", Outcome.APPLIED),
                        tuple("Sales EMEA", "REMOVE", "carol@acme.example", "status inactive", Outcome.APPLIED),
                        tuple("Finance", "ADD", "gina@acme.example", "department Finance", Outcome.APPLIED));
    }

    @Test
    void keepsTheAttributesInTheHrSnapshot() throws SQLException {
        runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(snapshot("1001"))
                .contains("\"office\": \"Hamburg\"")
                .contains("\"job_title\": \"Engineer\"")
                .contains("\"start_date\": \"2020-01-15\"")
                .contains("\"employment_type\": \"Full-Time\"");
        assertThat(snapshot("1007")).contains("\"manager_email\": \"alice@acme.example\"");
        assertThat(status("1004")).isEqualTo("pre-hire");
        assertThat(status("1005")).isEqualTo("leave");
    }

    @Test
    void recordsAnEmployeeWithoutEmailAsRejectedWithItsBamboohrLocator() {
        bamboohr.tenant().add(BamboohrTenant.employee("1008", "Hank", "H", "Active", null, "Finance", "Munich"));

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(queries.run(report.runId()).orElseThrow().rejections())
                .extracting(RejectionView::locator, RejectionView::employeeId, RejectionView::reason)
                .containsExactly(tuple("BambooHR employee 1008", "1008", "missing email"));
    }

    @Test
    void failsTheRunWithoutChangingAnythingWhenBamboohrRestrictsAFieldTheRunNeeds() {
        bamboohr.tenant().restrict("departmentName");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("BambooHR restricts field departmentName (department)");
        assertThat(Tenant.writes()).isEmpty();
        assertThat(cakewalk.members(SALES)).containsExactlyInAnyOrder(BOB, CAROL, ERIN);
    }

    @Test
    void waitsOutThrottlingAndAnOutageAndStillSyncs() {
        bamboohr.faults().respond("GET", EMPLOYEES, 503, 0);
        bamboohr.faults().respond("GET", EMPLOYEES, 429, 0);
        bamboohr.faults().respond("GET", EMPLOYEES, 502, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(bamboohr.requests()).extracting(r -> r.status()).containsExactly(503, 429, 502, 200, 200, 200);
    }

    @Test
    void failsTheRunAfterOneCallWhenBamboohrRejectsTheKey() {
        bamboohr.faults().respond("GET", EMPLOYEES, 401, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("HTTP 401").doesNotContain(BamboohrSandboxResource.API_KEY);
        assertThat(bamboohr.requests()).hasSize(1);
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void readsANamedEmployeeAndTheirManagerFromTheSandboxByFilterIds() {
        HrRead read = hr.readPeople(List.of(PersonRef.byEmployeeId("1007")), Set.of(Attributes.MANAGER_EMAIL));

        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::department, e -> e.attribute(Attributes.MANAGER_EMAIL))
                .containsExactly(tuple("1007", "Finance", "alice@acme.example"));
        assertThat(bamboohr.requests())
                .extracting(r -> URLDecoder.decode(r.query(), StandardCharsets.UTF_8))
                .satisfiesExactly(
                        q -> assertThat(q).contains("filter[ids]=1007"),
                        q -> assertThat(q).contains("filter[ids]=1001"));
    }

    private String snapshot(String employeeId) throws SQLException {
        return column("attributes::text", employeeId);
    }

    private String status(String employeeId) throws SQLException {
        return column("status", employeeId);
    }

    private String column(String column, String employeeId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT " + column + " FROM hr_employee WHERE employee_id = ?")) {
            ps.setString(1, employeeId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("HR snapshot row of " + employeeId).isTrue();
                return rs.getString(1);
            }
        }
    }
}
