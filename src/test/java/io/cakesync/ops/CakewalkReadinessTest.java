package io.cakesync.ops;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Readiness reflects what the last Cakewalk calls found, without calling Cakewalk itself. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class CakewalkReadinessTest {
    static final String TEAM = id(601);

    @Inject
    SyncRunner runner;

    @BeforeEach
    void tenant() {
        Tenant.reset().addGroup(TEAM, "Team", "Cakewalk");
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hr("E61,amy@acme.example,Amy,A,Team,active");
    }

    @Test
    void downWhileCakewalkFailsUpWhenItAnswersAgain() {
        for (int i = 0; i < 5; i++) {
            SandboxResource.server().faults().respond("GET", "/api/v1/UsersGroups", 503, null);
        }
        assertThat(runner.runNow(Trigger.API, true).orElseThrow().status()).isEqualTo(RunStatus.FAILED);

        SandboxResource.server().clearRequests();
        cakewalk(503, "UNREACHABLE");
        cakewalk(503, "UNREACHABLE");
        assertThat(SandboxResource.server().requests())
                .as("probes never call Cakewalk")
                .isEmpty();
        given().get("/q/health/live").then().statusCode(200);

        assertThat(runner.runNow(Trigger.API, true).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        cakewalk(200, "REACHABLE");
    }

    @Test
    void downWhenCakewalkRejectsTheCredentials() {
        SandboxResource.server().faults().respond("GET", "/api/v1/UsersGroups", 401, null);
        assertThat(runner.runNow(Trigger.API, true).orElseThrow().status()).isEqualTo(RunStatus.FAILED);

        cakewalk(503, "CREDENTIALS_REJECTED");

        runner.runNow(Trigger.API, true);
        cakewalk(200, "REACHABLE");
    }

    private static void cakewalk(int httpStatus, String state) {
        given().get("/q/health/ready")
                .then()
                .statusCode(httpStatus)
                .body("checks.find { it.name == 'cakewalk' }.data.state", equalTo(state));
    }
}
