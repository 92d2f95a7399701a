package io.cakesync.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.web.Users;

import jakarta.inject.Inject;

import static io.cakesync.events.Deliveries.email;
import static io.cakesync.events.Deliveries.employee;
import static io.cakesync.events.Deliveries.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The receivers: what is accepted and stored, and what is refused with nothing stored. */
@QuarkusTest
@TestProfile(EventsProfile.class)
class EventsEndpointTest {
    @Inject
    EventLog log;

    @Inject
    DataSource dataSource;

    TestClock clock;

    @BeforeEach
    void noEventsYet() {
        Deliveries.forgetEvents(dataSource);
        clock = TestClock.install();
    }

    @Test
    void storesASignedEventBeforeAnswering202WithoutASignedInUser() {
        Deliveries.generic(event("evt-1", employee("E1027"), email(" Ada@Acme.example ")), clock.now())
                .statusCode(202)
                .body("id", equalTo("evt-1"))
                .body("status", equalTo("accepted"));

        assertThat(log.recent(null, null, 10, 0))
                .extracting(
                        EventView::source,
                        EventView::externalId,
                        EventView::people,
                        EventView::state,
                        EventView::attempts)
                .containsExactly(tuple("hr", "evt-1", List.of("employee E1027", "ada@acme.example"), "PENDING", 0));
    }

    @Test
    void answersTheSameIdAgainWith200AndStoresNothingNew() {
        Deliveries.generic(event("evt-2", employee("E1")), clock.now()).statusCode(202);

        Deliveries.generic(event("evt-2", employee("E2")), clock.now())
                .statusCode(200)
                .body("status", equalTo("duplicate"));

        assertThat(log.recent(null, null, 10, 0)).extracting(EventView::people).containsExactly(List.of("employee E1"));
    }

    @Test
    void refusesABadSignatureWith401AndStoresNothing() {
        String timestamp = String.valueOf(clock.now().getEpochSecond());
        given().contentType("application/json")
                .header(GenericReceiver.TIMESTAMP, timestamp)
                .header(GenericReceiver.SIGNATURE, "sha256=" + "ab".repeat(32))
                .body(event("evt-3", employee("E1")))
                .when()
                .post("/events/hr")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("the signature does not match the body and timestamp"));

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void refusesAMissingSignatureWith401AndStoresNothing() {
        given().contentType("application/json")
                .header(GenericReceiver.TIMESTAMP, clock.now().getEpochSecond())
                .body(event("evt-4", employee("E1")))
                .when()
                .post("/events/hr")
                .then()
                .statusCode(401)
                .body("detail", equalTo("the X-Cakesync-Signature header is missing"));
        given().contentType("application/json")
                .body(event("evt-4", employee("E1")))
                .when()
                .post("/events/hr")
                .then()
                .statusCode(401);

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOffWith401() {
        // Frozen, so the second the server counts is the one the delivery was signed for.
        clock.freeze();
        Deliveries.generic(event("evt-5", employee("E1")), clock.now().minus(Duration.ofSeconds(301)))
                .statusCode(401)
                .body(
                        "detail",
                        equalTo("X-Cakesync-Timestamp is 301 s from this server's clock; at most 300 s are accepted"));
        Deliveries.generic(event("evt-5", employee("E1")), clock.now().plus(Duration.ofMinutes(6)))
                .statusCode(401);
        Deliveries.generic(event("evt-5", employee("E1")), clock.now().minus(Duration.ofSeconds(299)))
                .statusCode(202);

        assertThat(log.count(null, null)).isOne();
    }

    @Test
    void refusesAReplayOfAnOldDeliveryEvenWithItsOwnSignature() {
        Instant sent = clock.now();
        Deliveries.generic(event("evt-6", employee("E1")), sent).statusCode(202);
        clock.advance(Duration.ofMinutes(10));

        Deliveries.generic(event("evt-6", employee("E1")), sent).statusCode(401);

        assertThat(log.count(null, null)).isOne();
    }

    @Test
    void refusesInvalidJsonWith400AndSaysWhere() {
        Deliveries.generic("{\"id\": \"evt-7\", \"people\": [", clock.now())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("invalid JSON"))
                .body("detail", containsString("line 1"));

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void refusesAnEmptyListOfPeopleWith400() {
        Deliveries.generic(event("evt-8"), clock.now())
                .statusCode(400)
                .body("detail", equalTo("people: the list is empty; name 1 to 1000 people"));
    }

    @Test
    void namesTheFieldOfAPersonItCannotUse() {
        Deliveries.generic(
                        event("evt-9", employee("E1"), "{\"employeeId\": \"E2\", \"email\": \"b@acme.example\"}"),
                        clock.now())
                .statusCode(400)
                .body("detail", equalTo("people[1]: give either employeeId or email"));
        Deliveries.generic(event("evt-9", "{\"employeId\": \"E2\"}"), clock.now())
                .statusCode(400)
                .body("detail", equalTo("people[0].employeId: unknown field (expected employeeId or email)"));
        Deliveries.generic(event("evt-9", email("not-an-email")), clock.now())
                .statusCode(400)
                .body("detail", equalTo("people[0].email: 'not-an-email' is not an email address"));
        Deliveries.generic("{\"people\": [" + employee("E1") + "]}", clock.now())
                .statusCode(400)
                .body("detail", equalTo("id: a non-empty string is required"));

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void refusesMoreThanAThousandPeopleWith400() {
        String[] people = new String[1001];
        java.util.Arrays.fill(people, employee("E1"));

        Deliveries.generic(event("evt-10", people), clock.now())
                .statusCode(400)
                .body("detail", equalTo("people: 1001 people; at most 1000 in one event"));
    }

    @Test
    void refusesABodyOverOneMegabyteWith413() {
        String padding = " ".repeat(Intake.MAX_BODY);

        Deliveries.generic(event("evt-11", employee("E1")) + padding, clock.now())
                .statusCode(413);

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void acceptsABobEventSignedWithItsSecretAndNamesItsEmployee() {
        String body = "{\"companyId\": 601, \"type\": \"employee.left\", \"triggeredBy\": \"system\", "
                + "\"triggeredAt\": \"2025-03-01T10:00:00.000Z\", \"version\": \"v2\", \"data\": {\"employeeId\": \"3332883884017713238\"}}";

        Deliveries.hibob(body, EventsProfile.BOB_SECRET).statusCode(202);
        Deliveries.hibob(body, EventsProfile.BOB_SECRET).statusCode(200).body("status", equalTo("duplicate"));

        assertThat(log.recent(null, null, 10, 0))
                .extracting(EventView::source, EventView::people, EventView::state)
                .containsExactly(tuple("hibob", List.of("employee 3332883884017713238"), "PENDING"));
    }

    @Test
    void refusesABobEventWithAnotherSignature() {
        Deliveries.hibob("{\"type\": \"employee.updated\", \"data\": {\"employeeId\": \"1\"}}", "another-secret")
                .statusCode(401)
                .body("detail", equalTo("the signature does not match the body"));

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void answersBobsConnectionTestWithoutStoringAnything() {
        given().body("Ping test")
                .when()
                .post("/events/hibob")
                .then()
                .statusCode(200)
                .body("status", equalTo("ping"));

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void acceptsABambooHrDeliverySignedOverBodyAndTimestampForEachEmployee() {
        String body = "{\"employees\": [{\"id\": \"123\", \"changedFields\": [\"status\"], \"fields\": {}}, "
                + "{\"id\": \"124\", \"changedFields\": [\"department\"], \"fields\": {}}]}";

        Deliveries.bamboohr(body, String.valueOf(clock.now().getEpochSecond()), EventsProfile.BAMBOO_SECRET)
                .statusCode(202);

        assertThat(log.recent(null, null, 10, 0))
                .extracting(EventView::source, EventView::people)
                .containsExactly(tuple("bamboohr", List.of("employee 123", "employee 124")));
    }

    @Test
    void refusesABambooHrDeliverySignedLongAgo() {
        clock.freeze();
        String body = "{\"employees\": [{\"id\": \"123\"}]}";

        Deliveries.bamboohr(body, clock.now().minus(Duration.ofHours(1)).toString(), EventsProfile.BAMBOO_SECRET)
                .statusCode(401)
                .body("detail", containsString("X-BambooHR-Timestamp is 3600 s from this server's clock"));
        Deliveries.bamboohr(body, String.valueOf(clock.now().getEpochSecond()), "another-key")
                .statusCode(401);

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void acceptsAPersonioEventCarryingItsTokenAndKeepsOneNamingNobodyAsFailed() {
        String person = "{\"company_id\": \"42\", \"event_name\": \"person.updated\", \"occurred_at\": "
                + "\"2025-03-01T10:00:00Z\", \"payload\": {\"id\": \"8471\"}}";
        String nobody = "{\"company_id\": \"42\", \"event_name\": \"absence.created\", \"occurred_at\": "
                + "\"2025-03-01T10:00:00Z\", \"payload\": {}}";

        given().header("Authorization", EventsProfile.PERSONIO_TOKEN)
                .contentType("application/json")
                .body(person)
                .when()
                .post("/events/personio")
                .then()
                .statusCode(202);
        given().header("Authorization", EventsProfile.PERSONIO_TOKEN)
                .contentType("application/json")
                .body(nobody)
                .when()
                .post("/events/personio")
                .then()
                .statusCode(202);

        assertThat(log.recent(null, null, 10, 0))
                .extracting(EventView::people, EventView::state, EventView::note)
                .containsExactly(
                        tuple(
                                List.of(),
                                "FAILED",
                                "a Personio absence.created naming no person cakesync can "
                                        + "find (payload.id, payload.person.id, payload.person_id)"),
                        tuple(List.of("employee 8471"), "PENDING", null));
    }

    @Test
    void refusesAPersonioEventWithoutItsToken() {
        given().header("Authorization", "guessed-token")
                .contentType("application/json")
                .body("{\"event_name\": \"person.updated\", \"payload\": {\"id\": \"1\"}}")
                .when()
                .post("/events/personio")
                .then()
                .statusCode(401);

        assertThat(log.count(null, null)).isZero();
    }

    @Test
    void listsEventsForAViewerInTheApiAndOnThePage() {
        Deliveries.generic(event("evt-12", employee("E1027")), clock.now()).statusCode(202);

        Users.viewer()
                .when()
                .get("/api/events?state=PENDING")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("[0].externalId", equalTo("evt-12"))
                .body("[0].people[0]", equalTo("employee E1027"));
        Users.viewer().when().get("/api/events?state=LOST").then().statusCode(400);
        Users.signedIn(Users.VERA)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body(containsString("evt-12"))
                .body(containsString("employee E1027"));
        given().redirects().follow(false).when().get("/events").then().statusCode(302);
    }
}
