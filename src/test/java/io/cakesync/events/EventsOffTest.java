package io.cakesync.events;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** With no secrets configured (the default), every receiver is off. */
@QuarkusTest
class EventsOffTest {

    @Test
    void everyReceiverIsOffUntilItsSecretIsConfigured() {
        for (String receiver : new String[] {"hr", "personio", "hibob", "bamboohr"}) {
            given().contentType("application/json")
                    .body("{}")
                    .when()
                    .post("/events/" + receiver)
                    .then()
                    .statusCode(404)
                    .body("detail", containsString("receiver is off"));
        }
    }
}
