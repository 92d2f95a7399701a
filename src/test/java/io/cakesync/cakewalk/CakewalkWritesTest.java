package io.cakesync.cakewalk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.WireMockInject;
import io.cakesync.testing.WireMockProfile;

import jakarta.inject.Inject;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.cakesync.cakewalk.Stubs.GROUP;
import static io.cakesync.cakewalk.Stubs.MEMBERS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(WireMockProfile.class)
class CakewalkWritesTest {
    private static final String REQUESTER = "00000000-0000-4000-8000-000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    @WireMockInject
    WireMockServer wm;

    @Inject
    Cakewalk cakewalk;

    private CallStats before;

    @BeforeEach
    void reset() {
        wm.resetAll();
        before = cakewalk.stats();
    }

    @Test
    void sendsExactlyTheThreeDocumentedFieldsInTheAddBody() {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH)).willReturn(aResponse().withStatus(201)));

        List<WriteResult> results = cakewalk.addMembers(GROUP, List.of("u1", "u2", "u1"));

        assertThat(results)
                .containsExactly(
                        new WriteResult("u1", WriteStatus.APPLIED, 201, 1, null),
                        new WriteResult("u2", WriteStatus.APPLIED, 201, 1, null));
        wm.verify(
                1,
                postRequestedFor(urlEqualTo(MEMBERS_PATH))
                        .withHeader("Content-Type", containing("application/json"))
                        .withRequestBody(equalToJson("{\"userIds\":[\"u1\",\"u2\"],\"triggeredByUserId\":\"" + REQUESTER
                                + "\",\"implicitlyApproveRequests\":true}")));
    }

    @Test
    void splitsAddsIntoChunksOfTheBatchSize() throws Exception {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH)).willReturn(aResponse().withStatus(201)));
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> "u" + i).toList();

        List<WriteResult> results = cakewalk.addMembers(GROUP, ids);

        assertThat(results).extracting(WriteResult::userId).containsExactlyElementsOf(ids);
        assertThat(results).allMatch(r -> r.status() == WriteStatus.APPLIED);
        List<List<String>> bodies = postedIds();
        assertThat(bodies).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(bodies.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(ids);
    }

    @Test
    void narrowsARejectedAddDownToTheOneBadId() throws Exception {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH)).willReturn(aResponse().withStatus(201)));
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH))
                .atPriority(1)
                .withRequestBody(containing("\"bad\""))
                .willReturn(Stubs.problem(400, "User bad is deactivated")));
        List<String> ids = List.of("u1", "u2", "u3", "bad", "u5", "u6", "u7", "u8");

        List<WriteResult> results = cakewalk.addMembers(GROUP, ids);

        assertThat(results).extracting(WriteResult::userId).containsExactlyElementsOf(ids);
        assertThat(results).filteredOn(r -> r.status() == WriteStatus.APPLIED).hasSize(7);
        assertThat(results.get(3)).satisfies(bad -> {
            assertThat(bad.status()).isEqualTo(WriteStatus.FAILED);
            assertThat(bad.httpStatus()).isEqualTo(400);
            assertThat(bad.attempts())
                    .as("carried by the calls with 8, 4, 2 and 1 ids")
                    .isEqualTo(4);
            assertThat(bad.error()).contains("User bad is deactivated");
        });
        assertThat(postedIds()).extracting(List::size).containsExactly(8, 4, 2, 2, 1, 1, 4);
    }

    @Test
    void waitsOutA429BeforeResendingAnAdd() {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH))
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(Stubs.problem(429, "Too many requests").withHeader("Retry-After", "1"))
                .willSetStateTo("open"));
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH))
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(201)));

        List<WriteResult> results = cakewalk.addMembers(GROUP, List.of("u1"));

        assertThat(results).containsExactly(new WriteResult("u1", WriteStatus.APPLIED, 201, 2, null));
        assertThat(Stubs.requests(wm)).containsExactly("POST " + MEMBERS_PATH, "POST " + MEMBERS_PATH);
        CallStats run = run();
        assertThat(run.rateLimited()).isEqualTo(1);
        assertThat(run.retries()).isEqualTo(1);
        assertThat(run.retryWaitMillis()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void settlesA503ByRereadingTheGroupAndResendsOnlyTheMissingIds() throws Exception {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH))
                .inScenario("unknown")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(Stubs.problem(503, "upstream timeout"))
                .willSetStateTo("half applied"));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members("u0", "u1")));
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH))
                .inScenario("unknown")
                .whenScenarioStateIs("half applied")
                .willReturn(aResponse().withStatus(201)));

        List<WriteResult> results = cakewalk.addMembers(GROUP, List.of("u1", "u2"));

        assertThat(Stubs.requests(wm))
                .containsExactly("POST " + MEMBERS_PATH, "GET " + MEMBERS_PATH, "POST " + MEMBERS_PATH);
        assertThat(postedIds()).containsExactly(List.of("u1", "u2"), List.of("u2"));
        assertThat(results)
                .extracting(WriteResult::userId, WriteResult::status, WriteResult::httpStatus, WriteResult::attempts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("u1", WriteStatus.APPLIED, 503, 1),
                        org.assertj.core.groups.Tuple.tuple("u2", WriteStatus.APPLIED, 201, 2));
    }

    @Test
    void settlesLostAddResponseByRereadingTheGroup() {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.problem(500, "oops")));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members("u1")));

        List<WriteResult> results = cakewalk.addMembers(GROUP, List.of("u1"));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(WriteStatus.APPLIED);
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(Stubs.requests(wm)).containsExactly("POST " + MEMBERS_PATH, "GET " + MEMBERS_PATH);
    }

    @Test
    void treatsAnAddTimeoutAsAnUnknownOutcome() {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH))
                .willReturn(aResponse().withStatus(201).withFixedDelay(2_500)));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members("u1")));

        List<WriteResult> results = cakewalk.addMembers(GROUP, List.of("u1"));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(WriteStatus.APPLIED);
            assertThat(r.httpStatus()).as("no response came").isNull();
            assertThat(r.attempts()).isEqualTo(1);
        });
        wm.verify(1, postRequestedFor(urlPathEqualTo(MEMBERS_PATH)));
        wm.verify(1, getRequestedFor(urlPathEqualTo(MEMBERS_PATH)));
        assertThat(run().calls(CallStats.POST_MEMBERS, 0)).isEqualTo(1);
    }

    @Test
    void givesUpOnAnAddThatNeverShowsUpWithinTheAttempts() {
        wm.stubFor(post(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.problem(503, "down")));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members()));

        List<WriteResult> results = cakewalk.addMembers(GROUP, List.of("u1"));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(WriteStatus.FAILED);
            assertThat(r.httpStatus()).isEqualTo(503);
            assertThat(r.attempts()).isEqualTo(5);
            assertThat(r.error()).contains("down");
        });
        wm.verify(5, postRequestedFor(urlPathEqualTo(MEMBERS_PATH)));
        wm.verify(5, getRequestedFor(urlPathEqualTo(MEMBERS_PATH)));
    }

    @Test
    void stopsAtOnceWhenTheKeyIsReadOnly() {
        wm.stubFor(
                post(urlPathEqualTo(MEMBERS_PATH))
                        .willReturn(
                                Stubs.json(
                                        403,
                                        "{\"title\":\"Forbidden operation\","
                                                + "\"status\":403,\"detail\":\"This API key is read-only and cannot perform write operations.\"}")));

        assertThatThrownBy(() -> cakewalk.addMembers(GROUP, List.of("u1", "u2")))
                .isInstanceOfSatisfying(CakewalkAccessDenied.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e)
                            .hasMessageContaining("read-only")
                            .hasMessageContaining("cannot perform write operations")
                            .hasMessageNotContaining("test-secret");
                });
        assertThat(Stubs.requests(wm)).containsExactly("POST " + MEMBERS_PATH);
    }

    @Test
    void stopsRemovingAtOnceWhenTheCredentialsAreRejected() {
        wm.stubFor(delete(urlPathMatching(MEMBERS_PATH + "/.*")).willReturn(Stubs.problem(401, "Unauthorized")));

        assertThatThrownBy(() -> cakewalk.removeMembers(GROUP, List.of("u1", "u2")))
                .isInstanceOfSatisfying(
                        CakewalkAccessDenied.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(Stubs.requests(wm)).containsExactly("DELETE " + MEMBERS_PATH + "/u1");
    }

    @Test
    void removesEachUserWithItsOwnDeleteAndCountsANonMemberAsDone() {
        wm.stubFor(
                delete(urlEqualTo(MEMBERS_PATH + "/u1")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(delete(urlEqualTo(MEMBERS_PATH + "/u2")).willReturn(Stubs.problem(404, "User is not a member")));
        wm.stubFor(delete(urlEqualTo(MEMBERS_PATH + "/u3")).willReturn(Stubs.problem(400, "Cannot remove")));
        wm.stubFor(delete(urlEqualTo(MEMBERS_PATH + "/u4")).willReturn(Stubs.problem(404, "User is not a member")));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members("u1")));

        List<WriteResult> results = cakewalk.removeMembers(GROUP, List.of("u1", "u2", "u3", "u4"));

        assertThat(results)
                .containsExactly(
                        new WriteResult("u1", WriteStatus.APPLIED, 204, 1, null),
                        new WriteResult("u2", WriteStatus.ALREADY_DONE, 404, 1, null),
                        new WriteResult("u3", WriteStatus.FAILED, 400, 1, "HTTP 400: Cannot remove"),
                        new WriteResult("u4", WriteStatus.ALREADY_DONE, 404, 1, null));
        assertThat(Stubs.requests(wm))
                .as("the group is re-read once to tell a missing member from a missing group")
                .containsExactly(
                        "DELETE " + MEMBERS_PATH + "/u1",
                        "DELETE " + MEMBERS_PATH + "/u2",
                        "GET " + MEMBERS_PATH,
                        "DELETE " + MEMBERS_PATH + "/u3",
                        "DELETE " + MEMBERS_PATH + "/u4");
        Stubs.served(wm)
                .forEach(e -> assertThat(e.getRequest().getHeader("X-API-KEY")).isEqualTo("test-key"));
    }

    @Test
    void failsRemovalsFromAGroupThatNoLongerExistsInsteadOfCountingThemDone() {
        wm.stubFor(delete(urlPathMatching(MEMBERS_PATH + "/u[12]")).willReturn(Stubs.problem(404, "Not Found")));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.problem(404, "users group was not found")));

        List<WriteResult> results = cakewalk.removeMembers(GROUP, List.of("u1", "u2"));

        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(WriteStatus.FAILED);
            assertThat(r.httpStatus()).isEqualTo(404);
            assertThat(r.error()).startsWith("users group " + GROUP + " was not found in Cakewalk");
        });
        wm.verify(1, getRequestedFor(urlPathEqualTo(MEMBERS_PATH)));
    }

    @Test
    void settlesALostDeleteByRereadingTheGroup() {
        wm.stubFor(delete(urlEqualTo(MEMBERS_PATH + "/u1")).willReturn(Stubs.problem(500, "oops")));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members("u2")));

        List<WriteResult> results = cakewalk.removeMembers(GROUP, List.of("u1"));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(WriteStatus.APPLIED);
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(Stubs.requests(wm)).containsExactly("DELETE " + MEMBERS_PATH + "/u1", "GET " + MEMBERS_PATH);
    }

    @Test
    void resendsADeleteWhileTheRereadStillShowsTheMember() {
        wm.stubFor(delete(urlEqualTo(MEMBERS_PATH + "/u1"))
                .inScenario("del")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(Stubs.problem(503, "busy"))
                .willSetStateTo("again"));
        wm.stubFor(delete(urlEqualTo(MEMBERS_PATH + "/u1"))
                .inScenario("del")
                .whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(204)));
        wm.stubFor(get(urlPathEqualTo(MEMBERS_PATH)).willReturn(Stubs.members("u1")));

        List<WriteResult> results = cakewalk.removeMembers(GROUP, List.of("u1"));

        assertThat(results).containsExactly(new WriteResult("u1", WriteStatus.APPLIED, 204, 2, null));
        assertThat(Stubs.requests(wm))
                .containsExactly(
                        "DELETE " + MEMBERS_PATH + "/u1", "GET " + MEMBERS_PATH, "DELETE " + MEMBERS_PATH + "/u1");
        wm.verify(
                2,
                deleteRequestedFor(urlEqualTo(MEMBERS_PATH + "/u1"))
                        .withHeader("X-API-SECRET", equalTo("test-secret")));
    }

    private List<List<String>> postedIds() throws Exception {
        List<List<String>> bodies = new ArrayList<>();
        for (var event : Stubs.served(wm)) {
            if (event.getRequest().getMethod().getName().equals("POST")) {
                JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
                List<String> ids = new ArrayList<>();
                body.get("userIds").forEach(id -> ids.add(id.asText()));
                bodies.add(ids);
            }
        }
        return bodies;
    }

    private CallStats run() {
        return cakewalk.stats().minus(before);
    }
}
