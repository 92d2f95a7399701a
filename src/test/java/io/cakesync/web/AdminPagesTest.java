package io.cakesync.web;

import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import io.cakesync.audit.RunFilter;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.StartedRun;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;

import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The page forms over plain HTTP: sign-in session, CSRF tokens and roles. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class AdminPagesTest {
    @Inject
    DataSource dataSource;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    AdminScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = AdminScenario.start(dataSource, runner);
    }

    @Test
    void showsARunThatIsStillInProgress() {
        StartedRun running = runner.begin(Trigger.API, true).orElseThrow();
        try {
            String page = Users.signedIn(Users.VERA)
                    .when()
                    .get("/runs/" + running.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();

            assertThat(page)
                    .contains("RUNNING")
                    .contains("In progress")
                    .contains("http-equiv=\"refresh\"")
                    .doesNotContain("Nothing to change");
        } finally {
            runner.execute(running);
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        Map<String, String> session = signIn(Users.ALICE);
        given().cookies(session)
                .formParam("comment", "go")
                .redirects()
                .follow(false)
                .when()
                .post("/runs/" + scenario.held().runId() + "/approve")
                .then()
                .statusCode(400);

        assertThat(queries.run(scenario.held().runId()).orElseThrow().run().decision())
                .isNull();
    }

    @Test
    void operatorRejectsWithTheTokenFromThePage() {
        Map<String, String> session = signIn(Users.BOB);
        Response page =
                given().cookies(session).when().get("/runs/" + scenario.held().runId());
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().cookies(session)
                .cookies(page.cookies())
                .formParam("csrf-token", token)
                .formParam("comment", "HR export is wrong")
                .redirects()
                .follow(false)
                .when()
                .post("/runs/" + scenario.held().runId() + "/reject")
                .then()
                .statusCode(303)
                .header("Location", containsString("/runs/" + scenario.held().runId()));

        assertThat(queries.run(scenario.held().runId())
                        .orElseThrow()
                        .run()
                        .decision()
                        .decidedBy())
                .isEqualTo(Users.BOB);
    }

    @Test
    void viewerCannotUseTheOperatorForms() {
        Map<String, String> session = signIn(Users.VERA);
        Response page = given().cookies(session).when().get("/");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        assertThat(page.asString()).doesNotContain("id=\"trigger\"");
        given().cookies(session)
                .cookies(page.cookies())
                .formParam("csrf-token", token)
                .formParam("mode", "live")
                .redirects()
                .follow(false)
                .when()
                .post("/runs")
                .then()
                .statusCode(403);
    }

    @Test
    void pagesShowNoSecretAndNoScript() {
        Map<String, String> session = signIn(Users.ALICE);
        for (String path : new String[] {
            "/",
            "/runs/" + scenario.held().runId(),
            "/changes?person=E32",
            "/people/E32",
            "/people?q=b",
            "/groups",
            "/groups/" + AdminScenario.TEAM,
            "/api-docs",
            "/runs/live"
        }) {
            String html = given().cookies(session)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(html)
                    .as(path)
                    .doesNotContain("<script")
                    .doesNotContain(SandboxResource.API_KEY)
                    .doesNotContain(SandboxResource.API_SECRET);
        }
    }

    @Test
    void pageErrorsAreHtmlPagesInsideTheLayoutWithAWayBack() {
        Map<String, String> session = signIn(Users.VERA);
        for (String[] expected : new String[][] {
            {"/runs/999", "404", "there is no run #999"},
            {"/runs/abc", "404", "there is nothing at /runs/abc"},
            {"/?from=31.01.2025", "400", "from must be a date"},
            {"/changes?run=latest", "400", "run must be a run id"},
            {"/groups/Nope", "404", "in the mapping file"},
            {"/no/such/page", "404", "there is nothing at /no/such/page"}
        }) {
            String html = given().cookies(session)
                    .when()
                    .get(expected[0])
                    .then()
                    .statusCode(Integer.parseInt(expected[1]))
                    .contentType(containsString("text/html"))
                    .extract()
                    .asString();
            assertThat(html)
                    .as(expected[0])
                    .contains(expected[2])
                    .contains("href=\"/\"")
                    .contains("Audit search")
                    .contains("vera");
        }
    }

    @Test
    void apiErrorsStayProblemDetails() {
        Users.viewer()
                .when()
                .get("/api/runs/999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("999"));
        Users.viewer()
                .when()
                .get("/api/runs?from=yesterday")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
        Users.viewer()
                .when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theApiDocumentIsReadableWithThePageSession() {
        Map<String, String> session = signIn(Users.VERA);
        given().cookies(session)
                .when()
                .get("/api-docs/openapi.json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/runs"));
        String page = given().cookies(session)
                .when()
                .get("/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("/api/runs/{id}/approve")
                .contains("/api/changes.csv")
                .doesNotContain("/runs/live")
                .doesNotContain("/api-docs/openapi.json</code>");
    }

    @Test
    void aLiveRunFormWithoutTheConfirmationStartsNothing() {
        Map<String, String> session = signIn(Users.ALICE);
        Response page = given().cookies(session).when().get("/");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        long before = queries.count(RunFilter.ALL);

        given().cookies(session)
                .cookies(page.cookies())
                .formParam("csrf-token", token)
                .formParam("mode", "live")
                .redirects()
                .follow(false)
                .when()
                .post("/runs")
                .then()
                .statusCode(303)
                .header("Location", containsString("/runs/live"));

        assertThat(queries.count(RunFilter.ALL)).isEqualTo(before);
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
