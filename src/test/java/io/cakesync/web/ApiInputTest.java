package io.cakesync.web;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.RunQueries;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;

import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Hostile or careless input to the admin API gets a 400/401 problem, never a default that writes. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class ApiInputTest {
    @Inject
    RunQueries queries;

    @Test
    void refusesToStartARunWithoutAnExplicitDryRunFlag() {
        int runsBefore = queries.runs(1000, 0).size();
        for (String body : new String[] {"", "null", "{}", "{\"dryRun\": null}"}) {
            Users.operator()
                    .contentType("application/json")
                    .body(body)
                    .when()
                    .post("/api/runs")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", containsString("dryRun is required"));
        }

        assertThat(queries.runs(1000, 0)).as("no run was started").hasSize(runsBefore);
        assertThat(SandboxResource.server().requests()).isEmpty();
    }

    @Test
    void answersNonNumericPagingWithABadRequestProblem() {
        for (String path : new String[] {
            "/api/runs?limit=ten",
            "/api/runs?offset=x",
            "/api/changes?limit=1e3",
            "/api/changes?offset=-",
            "/api/people/amy@acme.example/timeline?limit=abc"
        }) {
            Users.viewer()
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", containsString("must be a whole number"));
        }
        Users.viewer()
                .when()
                .get("/api/runs?limit=99999999999")
                .then()
                .statusCode(400)
                .body("detail", containsString("limit must be between 1 and 500"));
    }

    @Test
    void answersAnonymousApiCallsWithABasicChallengeAndAProblem() {
        for (String path : new String[] {"/api/runs", "/api/changes"}) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("Basic realm="))
                    .contentType("application/problem+json")
                    .body("status", equalTo(401))
                    .body("detail", containsString("sign in"));
        }
        given().auth()
                .preemptive()
                .basic(Users.ALICE, "wrong")
                .when()
                .get("/api/runs")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic realm="));
    }
}
