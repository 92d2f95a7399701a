package io.cakesync.source.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.HrDatabase;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SqlSourceResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Whole runs reading an HR table in a database of its own, as a role that may only read it. */
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
        value = SqlSourceResource.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(
                    name = "sync.source.sql.query",
                    value = "SELECT staff_no AS employee_id, mail AS email, first_name,"
                            + " last_name, state AS status, dept AS department, site AS office FROM staff"),
            @ResourceArg(name = "sync.source.sql.statuses.active", value = "employed,active"),
            @ResourceArg(name = "sync.source.sql.statuses.inactive", value = "left"),
            @ResourceArg(name = "sync.source.sql.statuses.pre-hire", value = "contract signed")
        })
class SqlSyncRunTest {
    static final String SALES = id(301);
    static final String ADA = id(31);
    static final String BEN = id(32);
    static final String CLEO = id(33);
    static final String DAN = id(34);

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant cakewalk;
    HrDatabase hr = SqlSourceResource.database();

    @BeforeEach
    void company() {
        History.forget(dataSource);
        cakewalk = Tenant.reset();
        cakewalk.addUser(ADA, "Ada", "ada@acme.example", "Active", "User");
        cakewalk.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        cakewalk.addUser(CLEO, "Cleo", "cleo@acme.example", "Active", "User");
        cakewalk.addUser(DAN, "Dan", "dan@acme.example", "Active", "User");
        cakewalk.addGroup(SALES, "Sales EMEA", "Cakewalk");
        cakewalk.addMember(SALES, CLEO);
        cakewalk.addMember(SALES, DAN);
        Tenant.mapping("groups:\n  - group: Sales EMEA\n    departments: [Sales EMEA]\n");
        hr.execute("DROP TABLE IF EXISTS staff", """
                CREATE TABLE staff (staff_no TEXT, mail TEXT, first_name TEXT, last_name TEXT, state TEXT, dept TEXT,
                    site TEXT)""", """
                INSERT INTO staff VALUES
                  ('P1', 'ada@acme.example', 'Ada', 'A', 'employed', 'Sales EMEA', 'Berlin'),
                  ('P2', 'ben@acme.example', 'Ben', 'B', 'contract signed', 'Sales EMEA', 'Berlin'),
                  ('P3', 'cleo@acme.example', 'Cleo', 'C', 'left', 'Sales EMEA', NULL)""");
    }

    @Test
    void readsTheHrTableWithTheConfiguredVocabulary() throws SQLException {
        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(cakewalk.members(SALES)).containsExactly(ADA);
        assertThat(queries.run(report.runId()).orElseThrow().changes())
                .extracting(ChangeView::action, ChangeView::email, ChangeView::reason, ChangeView::outcome)
                .containsExactlyInAnyOrder(
                        tuple("ADD", "ada@acme.example", "department Sales EMEA", Outcome.APPLIED),
                        tuple("REMOVE", "cleo@acme.example", "status inactive", Outcome.APPLIED),
                        tuple("REMOVE", "dan@acme.example", "not in the HR source", Outcome.APPLIED));
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT status, attributes->>'office' FROM hr_employee WHERE employee_id = 'P1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("active Berlin");
        }
    }

    @Test
    void aStatusOutsideTheVocabularyIsRejectedAndHoldsRemovals() {
        hr.execute("UPDATE staff SET state = 'retired' WHERE staff_no = 'P3'");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        RunDetail run = queries.run(report.runId()).orElseThrow();
        assertThat(run.rejections())
                .extracting(RejectionView::locator, RejectionView::reason)
                .containsExactly(
                        tuple(
                                "SQL row 3 (employee_id P3)",
                                "unknown status 'retired' (expected employed, active, leave, left, terminated, contract signed)"));
        assertThat(cakewalk.members(SALES)).contains(CLEO, DAN);
    }

    @Test
    void aMissingColumnFailsTheRunNamingIt() {
        hr.execute("ALTER TABLE staff RENAME COLUMN dept TO division");

        RunReport report = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.error()).contains("column \"dept\" does not exist").contains("sync.source.sql.query");
        assertThat(Tenant.writes()).isEmpty();
    }
}
