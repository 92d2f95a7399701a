package io.cakesync.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;

import jakarta.inject.Inject;

import static io.cakesync.web.AdminScenario.AMY;
import static io.cakesync.web.AdminScenario.BEN;
import static io.cakesync.web.AdminScenario.TEAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class AdminApiTest {
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
        assertThat(scenario.held().status()).isEqualTo(RunStatus.HELD);
    }

    @Test
    void anonymousCallersAreTurnedAwayButHealthStaysOpen() {
        given().when().get("/api/runs").then().statusCode(401);
        given().when().get("/api/changes").then().statusCode(401);
        given().when().get("/q/openapi").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic(Users.ALICE, "wrong")
                .when()
                .get("/api/runs")
                .then()
                .statusCode(401);
        given().redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", containsString("/login"));
        given().when().get("/q/health").then().statusCode(200);
    }

    @Test
    void viewerReadsButCannotTriggerApproveOrReject() {
        Users.viewer().when().get("/api/runs").then().statusCode(200);
        Users.viewer()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/runs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        Users.viewer()
                .contentType(ContentType.JSON)
                .body("{\"comment\":\"go\"}")
                .when()
                .post("/api/runs/" + scenario.held().runId() + "/approve")
                .then()
                .statusCode(403);
        Users.viewer()
                .contentType(ContentType.JSON)
                .body("{\"comment\":\"no\"}")
                .when()
                .post("/api/runs/" + scenario.held().runId() + "/reject")
                .then()
                .statusCode(403);
        Users.viewer()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/groups/Team/adopt")
                .then()
                .statusCode(403);

        assertThat(queries.run(scenario.held().runId()).orElseThrow().run().decision())
                .isNull();
        assertThat(scenario.tenant().members(TEAM)).contains(BEN);
    }

    @Test
    void operatorApprovesAndTheAuditNamesTheSignedInUserNotTheBody() {
        String location = Users.operator()
                .contentType(ContentType.JSON)
                .body("{\"by\":\"mallory\",\"comment\":\"Ben left, checked with HR\"}")
                .when()
                .post("/api/runs/" + scenario.held().runId() + "/approve")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        long approving = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.run(approving).orElseThrow().run().status() != RunStatus.RUNNING);

        Users.viewer()
                .when()
                .get("/api/runs/" + scenario.held().runId())
                .then()
                .statusCode(200)
                .body("run.decision.decision", equalTo("APPROVED"))
                .body("run.decision.decidedBy", equalTo(Users.ALICE))
                .body("run.decision.comment", equalTo("Ben left, checked with HR"));
        assertThat(queries.run(approving).orElseThrow().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(scenario.tenant().members(TEAM)).containsExactly(AMY);
    }

    @Test
    void operatorRejectsInTheirOwnName() {
        Users.as(Users.BOB)
                .contentType(ContentType.JSON)
                .body("{\"by\":\"alice\",\"comment\":\"wrong export\"}")
                .when()
                .post("/api/runs/" + scenario.held().runId() + "/reject")
                .then()
                .statusCode(200);

        assertThat(queries.run(scenario.held().runId())
                        .orElseThrow()
                        .run()
                        .decision()
                        .decidedBy())
                .isEqualTo(Users.BOB);
    }

    @Test
    void runsFilterByStatusAndDateAndPage() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Users.viewer()
                .queryParam("status", "held")
                .when()
                .get("/api/runs")
                .then()
                .statusCode(200)
                .header(Paged.TOTAL, "1")
                .body("id", contains((int) scenario.held().runId()))
                .body("safety[0]", containsString("removals HELD for a first review"));
        Users.viewer()
                .queryParam("from", today)
                .queryParam("to", today)
                .queryParam("limit", 1)
                .when()
                .get("/api/runs")
                .then()
                .header(Paged.TOTAL, "2")
                .body("id", contains((int) scenario.held().runId()));
        Users.viewer()
                .queryParam("limit", 1)
                .queryParam("offset", 1)
                .when()
                .get("/api/runs")
                .then()
                .body("id", contains((int) scenario.dryRun().runId()));
        Users.viewer()
                .queryParam("to", "2000-01-01")
                .when()
                .get("/api/runs")
                .then()
                .header(Paged.TOTAL, "0")
                .body("$", hasSize(0));
    }

    @Test
    void badFiltersAreProblems() {
        Users.viewer()
                .queryParam("status", "DONE")
                .when()
                .get("/api/runs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("status must be one of"));
        Users.viewer()
                .queryParam("from", "yesterday")
                .when()
                .get("/api/changes")
                .then()
                .statusCode(400)
                .body("detail", containsString("from must be a date"));
        Users.viewer().queryParam("limit", 0).when().get("/api/changes").then().statusCode(400);
        Users.viewer().when().get("/api/runs/999999").then().statusCode(404);
    }

    @Test
    void changesFilterByPersonGroupOutcomeRunAndDate() {
        long held = scenario.held().runId();
        Users.viewer()
                .queryParam("person", "AMY@acme.example")
                .when()
                .get("/api/changes")
                .then()
                .statusCode(200)
                .header(Paged.TOTAL, "2")
                .body("email", everyItem(equalTo("amy@acme.example")))
                .body("runId", contains((int) held, (int) scenario.dryRun().runId()));
        Users.viewer()
                .queryParam("person", "E32")
                .queryParam("run", held)
                .when()
                .get("/api/changes")
                .then()
                .body("outcome", contains("HELD"))
                .body("action", contains("REMOVE"));
        Users.viewer()
                .queryParam("group", "team")
                .queryParam("outcome", "APPLIED")
                .when()
                .get("/api/changes")
                .then()
                .header(Paged.TOTAL, "1")
                .body("email", contains("amy@acme.example"))
                .body("groupId", contains(TEAM));
        Users.viewer()
                .queryParam("group", "Sales EMEA")
                .when()
                .get("/api/changes")
                .then()
                .header(Paged.TOTAL, "0");
        Users.viewer()
                .queryParam("from", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString())
                .when()
                .get("/api/changes")
                .then()
                .header(Paged.TOTAL, "0");
        Users.viewer()
                .queryParam("limit", 1)
                .queryParam("offset", 3)
                .when()
                .get("/api/changes")
                .then()
                .header(Paged.TOTAL, "4")
                .body("$", hasSize(1));
    }

    @Test
    void csvExportHoldsEveryMatchAndNoSecret() {
        String csv = Users.viewer()
                .queryParam("group", TEAM)
                .when()
                .get("/api/changes.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();

        String[] lines = csv.trim().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("change_id,run_id,group_id,group_name,action,user_id,email,employee_id,"
                        + "reason,outcome,http_status,attempts,error,planned_at,decided_at,run_mode");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).contains("," + scenario.held().runId() + "," + TEAM + ",Team,");
        assertThat(csv)
                .contains("ben@acme.example,E32,status terminated; held: first run: removals wait for an "
                        + "admin's review,HELD,")
                .contains("amy@acme.example,E31,department Team,APPLIED,")
                .doesNotContain(SandboxResource.API_KEY)
                .doesNotContain(SandboxResource.API_SECRET);
    }

    @Test
    void timelineShowsEveryChangeToOnePersonNewestFirst() {
        Users.viewer()
                .when()
                .get("/api/people/E31/timeline")
                .then()
                .statusCode(200)
                .body("person.email", equalTo("amy@acme.example"))
                .body("person.department", equalTo("Team"))
                .body("total", equalTo(2))
                .body("changes.runId", contains((int) scenario.held().runId(), (int)
                        scenario.dryRun().runId()))
                .body("changes.outcome", contains("APPLIED", "SKIPPED_DRY_RUN"));
        Users.viewer()
                .when()
                .get("/api/people/nobody@acme.example/timeline")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("person.employeeId", equalTo(null));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        String doc = Users.viewer()
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(doc)
                .contains("/api/changes")
                .contains("/api/people/{key}/timeline")
                .contains("/api/runs/{id}/approve");
    }
}
