package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Groups fed by rules on HR attributes, end to end: a CSV export whose extra columns are the attributes,
 * the mapping file of the issue, and the sandbox tenant. The rules work on records and their attributes,
 * not on the kind of source, so an API connector's records are judged the same way.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class RulesSyncTest {
    static final String HEADER = Tenant.HEADER + ",office,employment_type,job_title,cost_centre";
    static final String BERLIN = id(601);
    static final String MANAGERS = id(602);
    static final String FINANCE = id(603);
    static final String ENGINEERING = id(604);
    static final String MAPPING = """
            groups:
              - group: Engineering Berlin
                departments: [Engineering, Platform]
                where:
                  office: [Berlin, München]
                  employment_type: {not: [External, Intern]}
              - group: People managers
                where:
                  job_title: {startsWith: [Head of, VP, Director]}
              - group: Finance or controlling
                any:
                  - departments: [Finance]
                  - where: {cost_centre: [4100, 4200]}
              - group: Engineering
                departments: [Engineering]
                include: [kim@partner.example]
                exclude: [ceo@acme.example]
            """;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;
    final List<String> rows = new ArrayList<>();

    @BeforeEach
    void company() {
        History.forget(dataSource);
        tenant = Tenant.reset();
        tenant.addGroup(BERLIN, "Engineering Berlin", "Cakewalk");
        tenant.addGroup(MANAGERS, "People managers", "Cakewalk");
        tenant.addGroup(FINANCE, "Finance or controlling", "Cakewalk");
        tenant.addGroup(ENGINEERING, "Engineering", "Cakewalk");
        person(1, "ada", "Engineering", "active", "Berlin", "Employee", "Engineer", "1000");
        person(2, "bo", "Platform", "active", " münchen ", "Employee", "Head of Platform", "1000");
        person(3, "cy", "Engineering", "active", "Berlin", "External", "Engineer", "1000");
        person(4, "dee", "Engineering", "active", "Hamburg", "Employee", "VP Engineering", "1000");
        person(5, "eve", "Finance", "active", "Berlin", "Employee", "Accountant", "5000");
        person(6, "fay", "Sales", "active", "Berlin", "Employee", "Controller", "4200");
        person(7, "ceo", "Engineering", "active", "Berlin", "Employee", "Chief Executive", "1000");
        person(8, "gus", "Engineering", "terminated", "Berlin", "Employee", "Engineer", "1000");
        tenant.addUser(id(69), "Kim", "kim@partner.example", "Active", "User");
        Tenant.mapping(MAPPING);
    }

    @Test
    void theRulesDecideWhoBelongsAndTheReasonsNameTheFacts() {
        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(BERLIN)).containsExactlyInAnyOrder(user(1), user(2), user(7));
        assertThat(tenant.members(MANAGERS)).containsExactlyInAnyOrder(user(2), user(4));
        assertThat(tenant.members(FINANCE)).containsExactlyInAnyOrder(user(5), user(6));
        assertThat(tenant.members(ENGINEERING)).containsExactlyInAnyOrder(user(1), user(3), user(4), id(69));
        List<ChangeView> changes = queries.run(report.runId()).orElseThrow().changes();
        assertThat(changes)
                .extracting(ChangeView::groupName, ChangeView::email, ChangeView::reason)
                .contains(
                        tuple(
                                "Engineering Berlin",
                                email("bo"),
                                "department Platform, office münchen, employment_type Employee"),
                        tuple("People managers", email("dee"), "job_title VP Engineering"),
                        tuple("Finance or controlling", email("eve"), "any #1 (line 12): department Finance"),
                        tuple("Finance or controlling", email("fay"), "any #2 (line 13): cost_centre 4200"),
                        tuple("Engineering", "kim@partner.example", "included by the mapping file (line 16)"));
        assertThat(changes).extracting(ChangeView::outcome).containsOnly(Outcome.APPLIED);
    }

    @Test
    void aMoverByAttributeLeavesTheGroupSayingWhatChanged() {
        run();
        rows.set(0, row(1, "ada", "Engineering", "active", "Hamburg", "Employee", "Engineer", "1000"));
        writeHr();

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(BERLIN)).doesNotContain(user(1));
        assertThat(tenant.members(ENGINEERING)).contains(user(1));
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .extracting(ChangeView::groupName, ChangeView::action, ChangeView::reason, ChangeView::outcome)
                .containsExactly(tuple(
                        "Engineering Berlin", "REMOVE", "left: office changed Berlin → Hamburg", Outcome.APPLIED));
    }

    @Test
    void anExportWithoutAColumnTheRulesUseFailsTheRunNamingIt() {
        Tenant.mapping(MAPPING + "  - group: Finance\n    where: {legal_entity: Acme GmbH}\n");
        tenant.addGroup(id(605), "Finance", "Cakewalk");

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("has no column 'legal_entity', which the mapping file's rules use");
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void aMappingWithBadRulesFailsTheRunListingEveryProblemBeforeAnythingIsRead() {
        Tenant.mapping("""
                groups:
                  - group: Engineering Berlin
                    where:
                      office: {in: [Berlin]}
                  - group: Engineering
                    departments: [Engineering]
                    include: [kim@partner.example]
                    exclude: [kim@partner.example]
                """);

        RunReport report = run();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error())
                .contains(
                        "has 2 problem(s)",
                        "line 4: unknown operator 'in'",
                        "line 8: kim@partner.example is both included (line 7) and excluded");
        assertThat(SandboxResource.server().requests()).isEmpty();
    }

    private RunReport run() {
        return runner.runNow(Trigger.CLI, false).orElseThrow();
    }

    private void person(
            int n,
            String name,
            String department,
            String status,
            String office,
            String type,
            String title,
            String costCentre) {
        tenant.addUser(user(n), name, email(name), "Active", "User");
        rows.add(row(n, name, department, status, office, type, title, costCentre));
        writeHr();
    }

    private void writeHr() {
        Tenant.hrRaw(HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private static String row(
            int n,
            String name,
            String department,
            String status,
            String office,
            String type,
            String title,
            String costCentre) {
        return String.join(",", "E" + n, email(name), name, "X", department, status, office, type, title, costCentre);
    }

    private static String user(int n) {
        return id(60 + n);
    }

    private static String email(String name) {
        return name + "@acme.example";
    }
}
