package io.cakesync.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxRecordingTest {

    private final Api api = Api.start(
            Acme.tenant(), SandboxOptions.defaults(Api.KEY, Api.SECRET).withPageSize(2));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void recordsEveryRequestInOrderWithItsStatus() {
        String next =
                Api.json(api.get("/api/v1/Users")).path("links").path("next").asText();
        api.get(next);
        api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID));
        api.delete(Api.members(Acme.SALES) + "/" + Acme.CLARA);

        String cursor = next.substring(next.indexOf('?') + 1);
        assertThat(api.server.requests())
                .containsExactly(
                        new RecordedRequest("GET", "/api/v1/Users", null, "", 200),
                        new RecordedRequest("GET", "/api/v1/Users", cursor, "", 200),
                        new RecordedRequest("POST", Api.members(Acme.SALES), null, Acme.addBody(Acme.DAVID), 201),
                        new RecordedRequest("DELETE", Api.members(Acme.SALES) + "/" + Acme.CLARA, null, "", 404));
    }

    @Test
    void countsRequestsByMethodAndPathPattern() {
        api.get("/api/v1/Users");
        api.get(Api.members(Acme.SALES));
        api.get(Api.members(Acme.OKTA));
        api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID));

        assertThat(api.server.count("GET", "/api/v1/UsersGroups/.+/Users")).isEqualTo(2);
        assertThat(api.server.count("POST", "/api/v1/UsersGroups/.+/Users")).isEqualTo(1);
        assertThat(api.server.count("GET", "/api/v1/Users")).isEqualTo(1);
        assertThat(api.server.count("DELETE", ".*")).isZero();
    }

    @Test
    void clearsTheRecording() {
        api.get("/api/v1/Users");

        api.server.clearRequests();
        api.get("/api/v1/UsersGroups");

        assertThat(api.server.requests()).extracting(RecordedRequest::path).containsExactly("/api/v1/UsersGroups");
    }

    @Test
    void neverRecordsOrPrintsTheCredentials() {
        api.get("/api/v1/Users");
        api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID));
        api.send(HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/Users"))
                .header("X-API-KEY", Api.KEY)
                .header("X-API-SECRET", "guess-" + Api.SECRET));

        assertThat(api.server.requests())
                .hasSize(3)
                .extracting(RecordedRequest::status)
                .containsExactly(200, 201, 401);
        assertThat(api.server.requests().toString()).doesNotContain(Api.KEY, Api.SECRET);
        assertThat(SandboxOptions.defaults(Api.KEY, Api.SECRET).toString()).doesNotContain(Api.KEY, Api.SECRET);
    }
}
