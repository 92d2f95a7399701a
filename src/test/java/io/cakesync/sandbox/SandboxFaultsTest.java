package io.cakesync.sandbox;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode()).isEqualTo(500);
        assertThat(faults.pending()).isEqualTo(1);

        faults.clear();
        assertThat(api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID)).statusCode()).isEqualTo(201);
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

        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode()).isEqualTo(500);
        assertThat(tenant.members(Acme.SALES)).isEmpty();
        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode()).isEqualTo(404);
    }

    @Test
    void appliesTheWriteThenStallsPastTheClientTimeout() {
        faults.applyThenDelay("POST", GROUP_USERS, Duration.ofSeconds(30));
        HttpRequest request = api.request(Api.members(Acme.SALES))
                .timeout(Duration.ofMillis(500))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Acme.addBody(Acme.DAVID)))
                .build();

        assertThatThrownBy(() -> api.client().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(tenant.members(Acme.SALES)).contains(Acme.DAVID);
        assertThat(api.server.requests()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(201));
    }

    @Test
    void rejectsSuccessStatusesAsFaults() {
        assertThatThrownBy(() -> faults.respond("GET", "/api/v1/Users", 200, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.pending()).isZero();
    }
}
