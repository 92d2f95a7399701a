package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A started sandbox plus a plain JDK HTTP client that sends the credentials. */
final class Api implements AutoCloseable {

    static final String KEY = "test-key-4f1c";
    static final String SECRET = "test-secret-9d2e";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final SandboxServer server;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Api(SandboxServer server) {
        this.server = server;
    }

    static Api start(SandboxTenant tenant) {
        return start(tenant, SandboxOptions.defaults(KEY, SECRET));
    }

    static Api start(SandboxTenant tenant, SandboxOptions options) {
        return new Api(SandboxServer.start(tenant, options));
    }

    /** {@code target} is a path, a relative link or an absolute link. */
    HttpRequest.Builder request(String target) {
        URI uri = target.startsWith("http") ? URI.create(target) : URI.create(server.url() + target);
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("X-API-KEY", KEY)
                .header("X-API-SECRET", SECRET);
    }

    HttpResponse<String> get(String target) {
        return send(request(target).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return http;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a ProblemDetails answer with this status whose detail mentions {@code detailPart}. */
    static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("type").asText()).isNotBlank();
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).contains(detailPart);
    }

    static String members(String groupId) {
        return "/api/v1/UsersGroups/" + groupId + "/Users";
    }

    @Override
    public void close() {
        server.close();
    }
}
