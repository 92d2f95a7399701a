package io.cakesync.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Readiness follows the database down and back up; liveness does not (a restart would not help). */
@QuarkusTest
@TestProfile(DatabaseReadinessTest.OwnDatabase.class)
class DatabaseReadinessTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgres.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @AfterEach
    void databaseUp() {
        RestartablePostgres.startServerIfStopped();
    }

    @Test
    void readinessGoesDownWithTheDatabaseAndComesBackWithIt() {
        given().get("/q/health/ready").then().statusCode(200);

        RestartablePostgres.stopServer();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .statusCode(503)
                        .body(
                                "checks.findAll { it.status == 'DOWN' }.name",
                                hasItem(org.hamcrest.Matchers.containsString("Database"))));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        RestartablePostgres.startServer();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }
}
