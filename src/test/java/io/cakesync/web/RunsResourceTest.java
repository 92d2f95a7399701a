package io.cakesync.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.Hold;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class RunsResourceTest {
    static final SmallTenant SMALL = new SmallTenant(2);
    static final String TEAM = SMALL.group(1);
    static final String AMY = SMALL.person(1);

    @Inject
    RunQueries queries;

    @Inject
    SyncRunner runner;

    SandboxTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = SMALL.seed("Team");
    }

    @Test
    void triggersARunAndShowsItWithItsChanges() {
        String location = Users.operator()
                .contentType(ContentType.JSON)
                .body("{\"dryRun\": false}")
                .when()
                .post("/api/runs")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.run(runId).orElseThrow().run().status() != RunStatus.RUNNING);

        Users.operator()
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .body("run.status", equalTo("SUCCEEDED"))
                .body("run.trigger", equalTo("API"))
                .body("changes[0].email", equalTo("amy@acme.example"))
                .body("changes[0].outcome", equalTo("APPLIED"));
        Users.operator().when().get("/api/runs").then().statusCode(200).body("id", hasItem((int) runId));
        assertThat(tenant.members(TEAM)).containsExactly(AMY);
    }

    @Test
    void dryRunTriggerWritesNothing() {
        String location = Users.operator()
                .contentType(ContentType.JSON)
                .body("{\"dryRun\": true}")
                .when()
                .post("/api/runs")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.run(runId).orElseThrow().run().status() != RunStatus.RUNNING);

        assertThat(Tenant.writes()).isEmpty();
        Users.operator()
                .when()
                .get(location)
                .then()
                .body("run.mode", equalTo("DRY_RUN"))
                .body("changes[0].outcome", equalTo("SKIPPED_DRY_RUN"));
    }

    @Test
    void twoConcurrentTriggersProduceOneRun() {
        // The first run is held inside its first Cakewalk call, so it holds the lock when the others arrive.
        Hold firstCall = SandboxResource.server().faults().hold("GET", "/api/v1/UsersGroups");
        int before = queries.runs(500, 0).size();

        String first = Users.operator()
                .contentType(ContentType.JSON)
                .body("{\"dryRun\": false}")
                .when()
                .post("/api/runs")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        firstCall.awaitArrived();
        Users.operator()
                .contentType(ContentType.JSON)
                .body("{\"dryRun\": false}")
                .when()
                .post("/api/runs")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("a run is already in progress; try again when it ends"));
        assertThat(runner.runNow(Trigger.CLI, false)).isEmpty();
        firstCall.release();

        long runId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queries.run(runId).orElseThrow().run().status() != RunStatus.RUNNING);
        assertThat(queries.runs(500, 0)).hasSize(before + 1);
        assertThat(SandboxResource.server().count("POST", ".*/" + TEAM + "/Users"))
                .isEqualTo(1);
    }

    @Test
    void unknownRunIsAProblem() {
        Users.operator()
                .when()
                .get("/api/runs/999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void runPagesRenderWithoutScripts() {
        long runId = runner.runNow(Trigger.CLI, true).orElseThrow().runId();

        String list = Users.signedIn(Users.ALICE)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String detail = Users.signedIn(Users.ALICE)
                .when()
                .get("/runs/" + runId)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(list).contains("/runs/" + runId).doesNotContain("<script");
        assertThat(detail)
                .contains("amy@acme.example")
                .contains("SKIPPED_DRY_RUN")
                .doesNotContain("<script");
    }
}
