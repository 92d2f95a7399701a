package io.cakesync.cakewalk;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.WireMockInject;
import io.cakesync.testing.WireMockProfile;

import jakarta.inject.Inject;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.cakesync.cakewalk.Stubs.page;
import static io.cakesync.cakewalk.Stubs.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(WireMockProfile.class)
class CakewalkReadsTest {
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
    void followsEveryKindOfNextLinkBackToTheDocumentedPath() {
        String base64 = "cGFnZU51bWJlcj0xJnBhZ2VTaXplPTEwMA==";
        stubUsers(null, page("\"/api/v1/Users?cursor=c2\"", user("u1"), user("u2")));
        stubUsers(
                "c2",
                page(
                        "\"https://open-api.getcakewalk.io/api/v1/Users?cursor=c3\"",
                        "{\"id\":\"u2\",\"name\":\"second copy\",\"email\":\"x@acme.io\",\"statusName\":\"Active\"}",
                        user("u3")));
        stubUsers("c3", page("\"/api/v1/OpenApiBFF/Users?cursor=" + base64 + "\"", user("u4")));
        stubUsers(base64, page("\"https://open-api.getcakewalk.io/api/v1/Users?page[cursor]=a%2Bb%3D\"", user("u5")));
        stubUsers("a+b=", page("null", user("u6")));

        assertThat(cakewalk.users()).extracting(CakewalkUser::id).containsExactly("u1", "u2", "u3", "u4", "u5", "u6");
        assertThat(cakewalk.users())
                .filteredOn(u -> u.id().equals("u2"))
                .extracting(CakewalkUser::name)
                .as("duplicates across pages keep the first copy")
                .containsExactly("u2");

        assertThat(Stubs.requests(wm))
                .containsExactly(
                        "GET /api/v1/Users",
                        "GET /api/v1/Users?cursor=c2",
                        "GET /api/v1/Users?cursor=c3",
                        "GET /api/v1/Users?cursor=" + base64,
                        "GET /api/v1/Users?cursor=a%2Bb%3D",
                        "GET /api/v1/Users",
                        "GET /api/v1/Users?cursor=c2",
                        "GET /api/v1/Users?cursor=c3",
                        "GET /api/v1/Users?cursor=" + base64,
                        "GET /api/v1/Users?cursor=a%2Bb%3D");
        assertThat(run().calls(CallStats.GET_USERS, 200)).isEqualTo(10);
    }

    @Test
    void endsAListingWhenNextIsMissingOrBlank() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/UsersGroups"))
                .withQueryParam("cursor", absent())
                .willReturn(page("\"/api/v1/UsersGroups?cursor=g2\"", "{\"id\":\"g1\",\"name\":\"Sales\"}")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/UsersGroups"))
                .withQueryParam("cursor", equalTo("g2"))
                .willReturn(page("\"\"", "{\"id\":\"g2\",\"name\":\"Finance\"}")));
        wm.stubFor(get(urlPathEqualTo(Stubs.MEMBERS_PATH))
                .willReturn(
                        Stubs.json(200, "{\"data\":[{\"userId\":\"u7\",\"email\":\"u7@acme.io\",\"statusId\":2}]}")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/Users")).willReturn(page(null, user("u1"))));

        assertThat(cakewalk.groups()).extracting(CakewalkGroup::id).containsExactly("g1", "g2");
        assertThat(cakewalk.members(Stubs.GROUP))
                .containsExactly(new CakewalkUser("u7", null, "u7@acme.io", "Invited"));
        assertThat(cakewalk.users()).extracting(CakewalkUser::id).containsExactly("u1");
        assertThat(run().totalCalls()).isEqualTo(4);
    }

    @Test
    void sendsTheKeyPairOnEveryCall() {
        wm.stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(page("null")));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(Stubs.MEMBERS_PATH))
                .willReturn(aResponse().withStatus(201)));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathMatching(Stubs.MEMBERS_PATH + "/.*"))
                .willReturn(aResponse().withStatus(204)));

        cakewalk.users();
        cakewalk.groups();
        cakewalk.members(Stubs.GROUP);
        cakewalk.addMembers(Stubs.GROUP, List.of("u1"));
        cakewalk.removeMembers(Stubs.GROUP, List.of("u2"));

        assertThat(Stubs.served(wm)).hasSize(5).allSatisfy(event -> {
            assertThat(event.getRequest().getHeader("X-API-KEY")).isEqualTo("test-key");
            assertThat(event.getRequest().getHeader("X-API-SECRET")).isEqualTo("test-secret");
            assertThat(event.getRequest().containsHeader("Authorization")).isFalse();
        });
    }

    @Test
    void refusesAListingWhoseCursorRepeats() {
        stubUsers(null, page("\"/api/v1/Users?cursor=same\"", user("u1")));
        stubUsers("same", page("\"/api/v1/Users?cursor=same\"", user("u2")));

        assertThatThrownBy(cakewalk::users)
                .isInstanceOf(CakewalkUnavailable.class)
                .hasMessageContaining("GET /Users")
                .hasMessageContaining("cursor repeated");
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/Users")));
    }

    @Test
    void refusesANextLinkWithoutACursor() {
        stubUsers(null, page("\"/api/v1/OpenApiBFF/Users?page=2\"", user("u1")));

        assertThatThrownBy(cakewalk::users)
                .isInstanceOf(CakewalkUnavailable.class)
                .hasMessageContaining("no cursor");
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/Users")));
    }

    @Test
    void refusesAPageItCannotRead() {
        stubUsers(null, Stubs.json(200, "{\"items\":[]}"));
        wm.stubFor(get(urlPathEqualTo(Stubs.MEMBERS_PATH)).willReturn(page("null", "{\"user\":{\"id\":\"u1\"}}")));

        assertThatThrownBy(cakewalk::users)
                .isInstanceOf(CakewalkUnavailable.class)
                .hasMessageContaining("no data array");
        assertThatThrownBy(() -> cakewalk.members(Stubs.GROUP))
                .isInstanceOf(CakewalkUnavailable.class)
                .hasMessageContaining("no id or userId");
    }

    @Test
    void retriesAReadAfterServerErrorsAndBrokenConnections() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/Users"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(Stubs.problem(502, "bad gateway"))
                .willSetStateTo("reset"));
        wm.stubFor(get(urlPathEqualTo("/api/v1/Users"))
                .inScenario("flaky")
                .whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/api/v1/Users"))
                .inScenario("flaky")
                .whenScenarioStateIs("ok")
                .willReturn(page("null", user("u1"))));

        assertThat(cakewalk.users()).extracting(CakewalkUser::id).containsExactly("u1");

        CallStats run = run();
        assertThat(run.calls(CallStats.GET_USERS)).isEqualTo(3);
        assertThat(run.calls(CallStats.GET_USERS, 502)).isEqualTo(1);
        assertThat(run.calls(CallStats.GET_USERS, 0)).isEqualTo(1);
        assertThat(run.retries()).isEqualTo(2);
    }

    @Test
    void givesUpOnAReadAfterMaxAttempts() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/UsersGroups")).willReturn(Stubs.problem(503, "maintenance")));

        assertThatThrownBy(cakewalk::groups).isInstanceOfSatisfying(CakewalkUnavailable.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.attempts()).isEqualTo(5);
            assertThat(e).hasMessageContaining("maintenance");
        });
        wm.verify(5, getRequestedFor(urlPathEqualTo("/api/v1/UsersGroups")));
        assertThat(run().retries()).isEqualTo(4);
    }

    @Test
    void failsAReadAtOnceOnAClientError() {
        wm.stubFor(get(urlPathEqualTo(Stubs.MEMBERS_PATH)).willReturn(Stubs.problem(404, "Users group not found")));

        assertThatThrownBy(() -> cakewalk.members(Stubs.GROUP)).isInstanceOfSatisfying(CakewalkUnavailable.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e).hasMessageContaining("Users group not found");
        });
        wm.verify(1, getRequestedFor(urlPathEqualTo(Stubs.MEMBERS_PATH)));
    }

    @Test
    void stopsAtOnceWhenTheCredentialsAreRejected() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/Users")).willReturn(Stubs.problem(401, "Invalid API key")));

        assertThatThrownBy(cakewalk::users).isInstanceOfSatisfying(CakewalkAccessDenied.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e)
                    .hasMessageContaining("CAKEWALK_API_KEY")
                    .hasMessageContaining("CAKEWALK_API_SECRET")
                    .hasMessageContaining("Invalid API key")
                    .hasMessageNotContaining("test-secret");
        });
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/Users")));
    }

    @Test
    void marksGroupsThatCakewalkWillNotLetUsChangeAsReadOnly() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/UsersGroups"))
                .willReturn(page(
                        null,
                        "{\"id\":\"g1\",\"name\":\"Sales\",\"syncSource\":\"Cakewalk\",\"externalId\":null}",
                        "{\"id\":\"g2\",\"name\":\"Okta Admins\",\"syncSource\":\"Okta\"}",
                        "{\"id\":\"g3\",\"name\":\"Dynamic\",\"isReadOnly\":true}",
                        "{\"id\":\"g4\",\"name\":\"Manual\"}")));

        assertThat(cakewalk.groups())
                .containsExactly(
                        new CakewalkGroup("g1", "Sales", "Cakewalk", false),
                        new CakewalkGroup("g2", "Okta Admins", "Okta", true),
                        new CakewalkGroup("g3", "Dynamic", null, true),
                        new CakewalkGroup("g4", "Manual", null, false));
    }

    @Test
    void servesConcurrentCallersIndependently() throws Exception {
        stubUsers(null, page("\"/api/v1/Users?cursor=p2\"", user("u1")));
        stubUsers("p2", page("null", user("u2")));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<CakewalkUser>>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reads.add(pool.submit(cakewalk::users));
            }
            for (var read : reads) {
                assertThat(read.get()).extracting(CakewalkUser::id).containsExactly("u1", "u2");
            }
        } finally {
            pool.shutdownNow();
        }
        wm.verify(8, getRequestedFor(urlPathEqualTo("/api/v1/Users")));
        assertThat(run().calls(CallStats.GET_USERS, 200)).isEqualTo(8);
    }

    private void stubUsers(String cursor, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo("/api/v1/Users"))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
                .willReturn(response));
    }

    private CallStats run() {
        return cakewalk.stats().minus(before);
    }
}
