package io.cakesync.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxAuthTest {

    private final Api api = Api.start(Acme.tenant());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void rejectsRequestsWithoutCredentials() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/Users"))
                .GET());

        assertProblem(response, 401, "X-API-KEY");
        assertThat(Api.json(response).path("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void rejectsAWrongKey() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/Users"))
                .header("X-API-KEY", "wrong")
                .header("X-API-SECRET", Api.SECRET)
                .GET());

        assertProblem(response, 401, "X-API-SECRET");
    }

    @Test
    void rejectsAWrongSecret() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/Users"))
                .header("X-API-KEY", Api.KEY)
                .header("X-API-SECRET", Api.SECRET + "x")
                .GET());

        assertProblem(response, 401, "X-API-SECRET");
    }

    @Test
    void refusesWritesWithoutCredentialsAndChangesNothing() {
        HttpResponse<String> response =
                api.send(HttpRequest.newBuilder(URI.create(api.server.url() + Api.members(Acme.SALES)))
                        .header("X-API-KEY", Api.KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Acme.addBody(Acme.DAVID))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(api.server.tenant().members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void acceptsTheConfiguredKeyAndSecret() {
        assertThat(api.get("/api/v1/Users").statusCode()).isEqualTo(200);
    }
}
