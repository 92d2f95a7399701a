package io.cakesync.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.sql.DataSource;

import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Signed deliveries as HR systems and scripts send them, and a look at the event queue. */
final class Deliveries {

    private Deliveries() {}

    static ValidatableResponse generic(String body, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return given().contentType("application/json")
                .header(GenericReceiver.TIMESTAMP, timestamp)
                .header(
                        GenericReceiver.SIGNATURE,
                        "sha256="
                                + HexFormat.of()
                                        .formatHex(Signatures.hmac(
                                                "HmacSHA256",
                                                EventsProfile.SECRET,
                                                (timestamp + ".").getBytes(StandardCharsets.UTF_8),
                                                body.getBytes(StandardCharsets.UTF_8))))
                .body(body)
                .when()
                .post("/events/hr")
                .then();
    }

    static String event(String id, String... people) {
        return "{\"id\": \"" + id + "\", \"people\": [" + String.join(", ", people) + "]}";
    }

    static String employee(String id) {
        return "{\"employeeId\": \"" + id + "\"}";
    }

    static String email(String email) {
        return "{\"email\": \"" + email + "\"}";
    }

    static ValidatableResponse hibob(String body, String secret) {
        return given().contentType("application/json")
                .header(
                        HibobReceiver.SIGNATURE,
                        Base64.getEncoder()
                                .encodeToString(
                                        Signatures.hmac("HmacSHA512", secret, body.getBytes(StandardCharsets.UTF_8))))
                .body(body)
                .when()
                .post("/events/hibob")
                .then();
    }

    static ValidatableResponse bamboohr(String body, String timestamp, String secret) {
        return given().contentType("application/json")
                .header(BamboohrReceiver.TIMESTAMP, timestamp)
                .header(
                        BamboohrReceiver.SIGNATURE,
                        HexFormat.of()
                                .formatHex(Signatures.hmac(
                                        "HmacSHA256",
                                        secret,
                                        body.getBytes(StandardCharsets.UTF_8),
                                        timestamp.getBytes(StandardCharsets.UTF_8))))
                .body(body)
                .when()
                .post("/events/bamboohr")
                .then();
    }

    static void forgetEvents(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM hr_event");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
