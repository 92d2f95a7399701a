package io.cakesync.source.hibob;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RejectionView;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.TargetedReport;
import io.cakesync.reconcile.Targets;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.HibobSandbox;
import io.cakesync.sandbox.HibobTenant;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.source.PersonRef;
import io.cakesync.testing.HibobSandboxResource;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Whole runs with kind hibob: the sandbox HiBob company and the sandbox Cakewalk tenant, both over real HTTP. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(name = "sync.safety.hold-first-run", value = "false"),
            @ResourceArg(name = "sync.safety.max-headcount-drop", value = "100")
        })
@QuarkusTestResource(value = HibobSandboxResource.class, restrictToAnnotatedClass = true)
class HibobSyncRunTest {
    static final String SALES = id(101);
    static final String FINANCE = id(102);
    static final String ALICE = id(11);
    static final String BOB = id(12);
    static final String CAROL = id(13);
    static final String DAVE = id(14);
    static final String ERIN = id(15);
    static final String GINA = id(17);
    static final String SEARCH = "/v1/people/search";

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant cakewalk;
    HibobSandbox hibob = HibobSandboxResource.server();

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
        seed("Hamburg");
        hibob.faults().clear();
        hibob.clearRequests();
    }

    private void seed(String bobsSite) {
        seed(bobsSite, "Employed");
    }

    private void seed(String bobsSite, String bobsLifecycle) {
        HibobTenant people = hibob.tenant();
        people.clear();
        people.add(HibobTenant.person("1001", "alice@acme.example", "Alice", "A", "Employed", "Sales EMEA", "Hamburg"));
        people.add(HibobTenant.person("1002", "Bob@Acme.example", "Bob", "B", bobsLifecycle, "Sales EMEA", bobsSite));
        people.add(
                HibobTenant.person("1003", "carol@acme.example", "Carol", "C", "Terminated", "Sales EMEA", "Berlin"));
        people.add(HibobTenant.person("1004", "dave@acme.example", "Dave", "D", "Hired", "Sales EMEA", "Berlin"));
        people.add(HibobTenant.person("1005", "erin@acme.example", "Erin", "E", "Leave", "Sales EMEA", "Berlin"));
        people.add(HibobTenant.person("1007", "gina@acme.example", "Gina", "G", "Employed", "Finance", "Munich"));
    }

    @Test
    void placesPeopleByARuleOnTheirSiteAndTakesOutOneWhoseSiteChanged() {
        Tenant.mapping("""
                groups:
                  - group: Finance
                    where:
                      office: [hamburg]
                """);
        RunReport first = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(cakewalk.members(FINANCE)).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(queries.run(first.runId()).orElseThrow().changes())
                .extracting(ChangeView::email, ChangeView::reason)
                .containsExactlyInAnyOrder(
                        tuple("alice@acme.example", "office Hamburg"), tuple("bob@acme.example", "office Hamburg"));

        seed("Berlin");
        RunReport second = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(second.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cakewalk.members(FINANCE)).containsExactly(ALICE);
        assertThat(queries.run(second.runId()).orElseThrow().changes())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.action()).isEqualTo("REMOVE");
                    assertThat(c.email()).isEqualTo("bob@acme.example");
                    assertThat(c.outcome()).isEqualTo(Outcome.APPLIED);
                    assertThat(c.reason()).contains("office").contains("Berlin");
                });
    }

    @Test
    void syncsTheGroupsFromOneHibobSearch() {
        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cakewalk.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB, ERIN);
        assertThat(cakewalk.members(FINANCE)).containsExactly(GINA);
        assertThat(hibob.requests())
                .extracting(r -> r.method() + " " + r.path())
                .containsExactly("POST " + SEARCH);
        assertThat(hibob.requests().get(0).body()).contains("\"showInactive\":true");
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
                        tuple("Sales EMEA", "REMOVE", "carol@acme.example", "status terminated", Outcome.APPLIED),
                        tuple("Finance", "ADD", "gina@acme.example", "department Finance", Outcome.APPLIED));
    }

    @Test
    void anEventReadsOnlyTheNamedLeaverFromHibobAndTakesThemOut() {
        runner.runNow(Trigger.CLI, false).orElseThrow();
        seed("Hamburg", "Terminated");
        hibob.clearRequests();

        TargetedReport report = runner.runForPeople(
                        () -> Optional.of(
                                new Targets(Set.of(PersonRef.byEmployeeId("1002")), List.of(), Duration.ofHours(1))),
                        false)
                .orElseThrow();

        assertThat(report.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(report.unknown()).isEmpty();
        assertThat(cakewalk.members(SALES)).containsExactlyInAnyOrder(ALICE, ERIN);
        assertThat(hibob.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.body())
                        .contains("\"fieldPath\":\"root.id\"")
                        .contains("\"values\":[\"1002\"]"));
        assertThat(queries.run(report.run().runId()).orElseThrow().changes())
                .extracting(ChangeView::action, ChangeView::email, ChangeView::outcome)
                .containsExactly(tuple("REMOVE", "bob@acme.example", Outcome.APPLIED));
    }

    @Test
    void keepsTheAttributesInTheHrSnapshot() throws SQLException {
        runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(snapshot("1001"))
                .contains("\"office\": \"Hamburg\"")
                .contains("\"job_title\": \"Engineer\"")
                .contains("\"start_date\": \"2020-01-15\"");
        assertThat(status("1004")).isEqualTo("pre-hire");
    }

    @Test
    void recordsAnEmployeeWithoutEmailAsRejectedWithItsHibobLocator() {
        ObjectNode nobody = HibobTenant.person("1008", null, "Hank", "H", "Employed", "Finance", "Munich");
        hibob.tenant().add(nobody);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(queries.run(report.runId()).orElseThrow().rejections())
                .extracting(RejectionView::locator, RejectionView::employeeId, RejectionView::reason)
                .containsExactly(tuple("HiBob employee 1008", "1008", "missing email"));
    }

    @Test
    void failsTheRunWithoutChangingAnythingWhenHibobHidesAFieldTheRunNeeds() {
        hibob.tenant().hideCategory("work");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("work.department (department)");
        assertThat(Tenant.writes()).isEmpty();
        assertThat(cakewalk.members(SALES)).containsExactlyInAnyOrder(BOB, CAROL, ERIN);
    }

    @Test
    void waitsOutHibobsRateLimitAndAnOutageAndStillSyncs() {
        hibob.faults().respond("POST", SEARCH, 429, 0);
        hibob.faults().respond("POST", SEARCH, 503, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(hibob.requests()).extracting(r -> r.status()).containsExactly(429, 503, 200);
    }

    @Test
    void failsTheRunAfterOneCallWhenHibobRejectsTheToken() {
        hibob.faults().respond("POST", SEARCH, 401, null);

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("HTTP 401").doesNotContain(HibobSandboxResource.TOKEN);
        assertThat(hibob.requests()).hasSize(1);
        assertThat(Tenant.writes()).isEmpty();
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
