package io.cakesync.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultsTest {

    private static final String GROUP_USERS = "/api/v1/UsersGroups/[^/]+/Users";

    private final Api api = Api.start(Acme.tenant());
    private final SandboxTenant tenant = api.server.tenant();
    private final Faults faults = api.server.faults();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void respondsWithTheInjectedStatusAndRetryAfterWithoutApplying() {
        faults.respond("POST", GROUP_USERS, 503, 7);

        HttpResponse<String> response = api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID));

        assertProblem(response, 503, "injected");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void consumesEachFaultOnceInOrder() {
        faults.respond("GET", "/api/v1/Users", 500, null);
        faults.respond("GET", "/api/v1/Users", 502, null);

        HttpResponse<String> first = api.get("/api/v1/Users");
        HttpResponse<String> second = api.get("/api/v1/Users");
        HttpResponse<String> third = api.get("/api/v1/Users");

        assertProblem(first, 500, "injected");
        assertThat(first.headers().firstValue("Retry-After")).isEmpty();
        assertThat(second.statusCode()).isEqualTo(502);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(faults.pending()).isZero();
    }

    @Test
    void leavesFaultsForOtherMethodsAndPathsPending() {
        faults.respond("DELETE", GROUP_USERS + "/.*", 500, null);
        faults.respond("POST", GROUP_USERS, 500, null);

        assertThat(api.get(Api.members(Acme.SALES)).statusCode()).isEqualTo(200);
        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode())
                .isEqualTo(500);
        assertThat(faults.pending()).isEqualTo(1);

        faults.clear();
        assertThat(api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void appliesTheWriteButLosesTheResponse() {
        faults.applyThenRespond("POST", GROUP_USERS, 502);

        HttpResponse<String> response = api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID));

        assertProblem(response, 502, "injected");
        assertThat(tenant.members(Acme.SALES)).containsExactlyInAnyOrder(Acme.ANNA, Acme.DAVID);
    }

    @Test
    void appliesTheDeleteButLosesTheResponse() {
        faults.applyThenRespond("DELETE", GROUP_USERS + "/.*", 500);

        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode())
                .isEqualTo(500);
        assertThat(tenant.members(Acme.SALES)).isEmpty();
        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode())
                .isEqualTo(404);
    }

    @Test
    void appliesTheWriteThenHoldsItsAnswerPastTheClientTimeout() {
        Hold hold = faults.hold("POST", GROUP_USERS);
        HttpRequest request = api.request(Api.members(Acme.SALES))
                .timeout(Duration.ofMillis(500))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Acme.addBody(Acme.DAVID)))
                .build();

        assertThatThrownBy(() -> api.client().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(tenant.members(Acme.SALES)).contains(Acme.DAVID);
        assertThat(api.server.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(201));
        hold.release();
    }

    @Test
    void holdsTheAppliedWriteUnansweredUntilReleased() throws Exception {
        Hold hold = faults.hold("POST", GROUP_USERS);

        CompletableFuture<HttpResponse<String>> call = postAsync(Acme.DAVID);
        hold.awaitArrived();

        assertThat(tenant.members(Acme.SALES)).contains(Acme.DAVID);
        assertThat(api.server.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(call).isNotDone();
        assertThat(api.get(Api.members(Acme.SALES)).statusCode())
                .as("other requests pass")
                .isEqualTo(200);
        assertThat(call).isNotDone();

        hold.release();

        assertThat(call.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(faults.pending()).isZero();
    }

    @Test
    void holdsOnlyTheFirstMatchingRequest() throws Exception {
        Hold hold = faults.hold("POST", GROUP_USERS);
        CompletableFuture<HttpResponse<String>> held = postAsync(Acme.DAVID);
        hold.awaitArrived();

        assertThat(api.post(Api.members(Acme.SALES), Acme.addBody(Acme.BORIS)).statusCode())
                .isEqualTo(201);
        assertThat(held).isNotDone();

        hold.release();
        assertThat(held.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    }

    @Test
    void awaitingARequestThatNeverComesFailsNamingIt() {
        Hold hold = faults.hold("DELETE", GROUP_USERS + "/.*");

        assertThatThrownBy(() -> hold.awaitArrived(Duration.ofMillis(50)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DELETE " + GROUP_USERS);
        assertThat(hold.arrived()).isFalse();
    }

    @Test
    void clearingFaultsReleasesAHeldRequest() throws Exception {
        Hold hold = faults.hold("POST", GROUP_USERS);
        CompletableFuture<HttpResponse<String>> call = postAsync(Acme.DAVID);
        hold.awaitArrived();

        faults.clear();

        assertThat(call.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    }

    @Test
    void answersARequestNobodyReleasesOnceTheLimitIsUp() throws Exception {
        Hold hold = faults.hold("POST", GROUP_USERS, Duration.ofMillis(200));

        HttpResponse<String> response = api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID));

        assertThat(hold.arrived()).isTrue();
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void rejectsSuccessStatusesAsFaults() {
        assertThatThrownBy(() -> faults.respond("GET", "/api/v1/Users", 200, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.pending()).isZero();
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String userId) {
        HttpRequest request = api.request(Api.members(Acme.SALES))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Acme.addBody(userId)))
                .build();
        return api.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
