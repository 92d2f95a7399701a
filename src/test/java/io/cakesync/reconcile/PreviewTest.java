package io.cakesync.reconcile;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingException;
import io.cakesync.reconcile.PreviewReport.GroupPreview;
import io.cakesync.reconcile.PreviewReport.Line;
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
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** A mapping change previewed against the current state: who would join and leave, and nothing written. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class PreviewTest {
    static final String HEADER = Tenant.HEADER + ",office,employment_type";
    static final String ENGINEERING = id(801);
    static final String BERLIN = id(802);
    static final String PROPOSED = """
            groups:
              - group: Engineering
                departments: [Engineering]
                where:
                  employment_type: {not: [External]}
              - group: Engineering Berlin
                departments: [Engineering]
                where: {office: [Berlin]}
            """;

    @Inject
    Preview preview;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;
    final List<String> rows = new ArrayList<>();

    /** Engineering synced by department; then a hire HR lists whom no run has added yet. */
    @BeforeEach
    void syncedByDepartment() {
        History.forget(dataSource);
        tenant = Tenant.reset();
        tenant.addGroup(ENGINEERING, "Engineering", "Cakewalk");
        tenant.addGroup(BERLIN, "Engineering Berlin", "Cakewalk");
        person(1, "ada", "Berlin", "Employee");
        person(2, "bo", "Hamburg", "Employee");
        person(3, "cy", "Berlin", "External");
        tenant.addUser(id(89), "Dee", "dee@acme.example", "Active", "User");
        tenant.addMember(BERLIN, id(89));
        Tenant.mapping("groups:\n  - group: Engineering\n    departments: [Engineering]\n");
        assertThat(runner.runNow(Trigger.CLI, false).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        person(4, "eve", "Berlin", "Employee");
        SandboxResource.server().clearRequests();
    }

    @Test
    void showsWhoWouldJoinAndLeaveAndWhyWithoutWritingAnything() throws SQLException {
        String stateBefore = state();

        PreviewReport report = preview.of(Mapping.ofText("new.yml", PROPOSED), Trigger.CLI);

        GroupPreview engineering = group(report, "Engineering");
        assertThat(engineering.newlyMapped()).isFalse();
        assertThat(engineering.joins())
                .extracting(Line::person, Line::verdict, Line::dueToChange)
                .containsExactly(tuple("eve@acme.example", "joins", false));
        assertThat(engineering.leaves())
                .extracting(Line::person, Line::verdict, Line::reason, Line::dueToChange)
                .containsExactly(tuple(
                        "cy@acme.example",
                        "leaves",
                        "does not match this group's rule (employment_type External)",
                        true));
        GroupPreview berlin = group(report, "Engineering Berlin");
        assertThat(berlin.newlyMapped()).isTrue();
        assertThat(berlin.joins())
                .extracting(Line::person, Line::reason)
                .containsExactlyInAnyOrder(
                        tuple("ada@acme.example", "department Engineering, office Berlin"),
                        tuple("cy@acme.example", "department Engineering, office Berlin"),
                        tuple("eve@acme.example", "department Engineering, office Berlin"));
        assertThat(berlin.leaves())
                .extracting(Line::person, Line::reason)
                .containsExactly(tuple("dee@acme.example", "not in the HR source"));
        assertThat(report.summary())
                .isEqualTo(
                        "preview of new.yml: would add 4 and remove 2; 5 change(s) because of " + "the mapping change");

        assertThat(Tenant.writes()).isEmpty();
        assertThat(state()).isEqualTo(stateBefore);
        RunDetail recorded = queries.run(report.runId()).orElseThrow();
        assertThat(recorded.run().mode()).isEqualTo("PREVIEW");
        assertThat(recorded.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(recorded.run().summary()).isEqualTo(report.summary());
        assertThat(recorded.changes())
                .hasSize(6)
                .extracting(ChangeView::outcome)
                .containsOnly(Outcome.SKIPPED_DRY_RUN);
        assertThat(recorded.changes())
                .filteredOn(c -> "Engineering".equals(c.groupName()) && "ADD".equals(c.action()))
                .extracting(ChangeView::reason)
                .containsExactly(
                        "department Engineering, employment_type Employee; " + "planned with the current mapping too");
        assertThat(queries.awaitingDecision()).isEmpty();
    }

    @Test
    void refusesAMappingWithProblemsListingThemAllAndRecordsNothing() {
        MappingException e = catchThrowableOfType(
                MappingException.class,
                () -> preview.of(
                        Mapping.ofText(
                                "new.yml",
                                "groups:\n  - group: Engineering\n    where:\n      office: {near: Berlin}\n      status: active\n"),
                        Trigger.CLI));

        assertThat(e.problems()).hasSize(2);
        assertThat(queries.runs(10, 0)).extracting(r -> r.mode()).doesNotContain("PREVIEW");
        assertThat(SandboxResource.server().requests()).isEmpty();
    }

    @Test
    void thePreviewPageTakesAPastedOrUploadedMapping() {
        Map<String, String> session = signIn(Users.ALICE);
        Response form = given().cookies(session).when().get("/preview");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        String pasted = given().cookies(session)
                .cookies(form.cookies())
                .multiPart("csrf-token", token)
                .multiPart("mapping", PROPOSED)
                .when()
                .post("/preview")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String uploaded = given().cookies(session)
                .cookies(form.cookies())
                .multiPart("csrf-token", token)
                .multiPart("mapping", "")
                .multiPart("file", "engineering.yml", PROPOSED.getBytes(StandardCharsets.UTF_8), "application/yaml")
                .when()
                .post("/preview")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(pasted)
                .contains("preview of pasted mapping: would add 4 and remove 2")
                .contains("does not match this group&#39;s rule (employment_type External)")
                .contains("(newly mapped)");
        assertThat(uploaded).contains("preview of engineering.yml: would add 4 and remove 2");
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void thePreviewPageListsTheProblemsOfABadMapping() {
        Map<String, String> session = signIn(Users.ALICE);
        Response form = given().cookies(session).when().get("/preview");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        String page = given().cookies(session)
                .cookies(form.cookies())
                .multiPart("csrf-token", token)
                .multiPart("mapping", "groups:\n  - group: Engineering\n    where: {}\n")
                .when()
                .post("/preview")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page)
                .contains("pasted mapping has 1 problem(s); nothing was previewed")
                .contains("line 3: &#39;where&#39; of group &#39;Engineering&#39; is empty");
    }

    @Test
    void aViewerCannotStartAPreview() {
        Map<String, String> session = signIn(Users.VERA);
        Response form = given().cookies(session).when().get("/preview");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        assertThat(form.asString()).doesNotContain("id=\"preview-form\"");
        given().cookies(session)
                .cookies(form.cookies())
                .multiPart("csrf-token", token == null ? "" : token)
                .multiPart("mapping", PROPOSED)
                .when()
                .post("/preview")
                .then()
                .statusCode(403);
    }

    private static GroupPreview group(PreviewReport report, String name) {
        return report.groups().stream()
                .filter(g -> g.groupName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** What the daemon remembers of the outside world: snapshots, users, HR and the ownership ledger. */
    private String state() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT group_id, user_id FROM group_member ORDER BY 1, 2",
                    "SELECT group_id, member_count, refreshed_at, run_id FROM group_snapshot ORDER BY 1",
                    "SELECT id, email, seen_at FROM cakewalk_user ORDER BY 1",
                    "SELECT employee_id, email, department, attributes::text, seen_at, run_id FROM hr_employee ORDER BY 1",
                    "SELECT group_id, user_id, origin FROM owned_membership ORDER BY 1, 2")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            all.append(rs.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private void person(int n, String name, String office, String type) {
        tenant.addUser(id(80 + n), name, name + "@acme.example", "Active", "User");
        rows.add(String.join(",", "E" + n, name + "@acme.example", name, "X", "Engineering", "active", office, type));
        Tenant.hrRaw(HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private static Map<String, String> signIn(String user) {
        return given().formParam("j_username", user)
                .formParam("j_password", user + "-pw")
                .redirects()
                .follow(false)
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .extract()
                .cookies();
    }
}
