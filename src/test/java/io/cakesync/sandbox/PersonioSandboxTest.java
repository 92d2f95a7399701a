package io.cakesync.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PersonioSandboxTest {
    private static final String ID = "client-1";
    private static final String SECRET = "secret-1-abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private PersonioSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void seedsTheExamplePeopleOfTheHrExport() {
        PersonioTenant tenant = PersonioTenant.fromSeed(Path.of("examples/personio-employees.json"));

        assertThat(tenant.people()).hasSize(27);
        assertThat(tenant.people()).extracting(PersonioPerson::status).containsOnly("active", "leave", "inactive");
        assertThat(tenant.people().get(8))
                .extracting(PersonioPerson::id, PersonioPerson::department)
                .containsExactly(1009, "Finance, Controlling & Tax");
        sandbox = PersonioSandbox.start(tenant, PersonioSandboxOptions.defaults(ID, SECRET));
    }

    @Test
    void pagesEmployeesWithPersonioMetadataBehindTheIssuedToken() throws Exception {
        start(5, 300, 60);
        String token = token();

        JsonNode page = JSON.readTree(
                get("/v1/company/employees?limit=2&offset=4", token).body());

        assertThat(page.path("metadata").toString())
                .isEqualTo("{\"total_elements\":5,\"current_page\":2,\"total_pages\":3}");
        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("data")
                        .get(0)
                        .path("attributes")
                        .path("id")
                        .path("value")
                        .asInt())
                .isEqualTo(5);
        assertThat(get("/v1/company/employees", "papi-wrong").statusCode()).isEqualTo(401);
        assertThat(get("/v1/company/employees?limit=101", token).statusCode()).isEqualTo(400);
    }

    @Test
    void showsOneEmployeeByIdAndFiltersTheListByEmailAsAnEventReadAsks() throws Exception {
        start(3, 300, 60);
        String token = token();

        HttpResponse<String> one = get("/v1/company/employees/2", token);
        JsonNode filtered = JSON.readTree(
                get("/v1/company/employees?email=P3%40Acme.example", token).body());

        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode employee = JSON.readTree(one.body()).path("data");
        assertThat(employee.path("type").asText()).isEqualTo("Employee");
        assertThat(employee.path("attributes").path("email").path("value").asText())
                .isEqualTo("p2@acme.example");
        assertThat(filtered.path("data")).hasSize(1);
        assertThat(filtered.path("data")
                        .get(0)
                        .path("attributes")
                        .path("id")
                        .path("value")
                        .asInt())
                .isEqualTo(3);
        assertThat(get("/v1/company/employees/9", token).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/v1/company/employees?email=zed%40acme.example", token)
                                .body())
                        .path("data"))
                .isEmpty();
        assertThat(get("/v1/company/employees/2", "papi-wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesCredentialsInTheQueryStringAndMasksTheSecretInItsRecord() throws Exception {
        start(1, 300, 60);

        HttpResponse<String> inQuery = send(HttpRequest.newBuilder(
                        URI.create(sandbox.url() + "/v1/auth?client_id=" + ID + "&client_secret=" + SECRET))
                .POST(HttpRequest.BodyPublishers.noBody()));
        token();

        assertThat(inQuery.statusCode()).isEqualTo(403);
        assertThat(sandbox.requests())
                .extracting(RecordedRequest::body)
                .containsExactly("", "client_id=" + ID + "&client_secret=****");
    }

    @Test
    void leavesOutWhatTheCredentialMayNotRead() throws Exception {
        start(1, 300, 60);
        sandbox.tenant().hide("office");
        String token = token();

        JsonNode employee = JSON.readTree(get("/v1/company/employees", token).body())
                .path("data")
                .get(0);
        JsonNode listed = JSON.readTree(
                        get("/v1/company/employees/attributes", token).body())
                .path("data");

        assertThat(employee.path("attributes").has("office")).isFalse();
        assertThat(employee.path("attributes").has("department")).isTrue();
        assertThat(listed.findValuesAsText("key")).contains("department").doesNotContain("office");
    }

    @Test
    void answers429WithRetryAfterBeyondTheEndpointLimitAndInjectedFaults() throws Exception {
        start(1, 2, 60);
        String token = token();
        sandbox.faults().respond("GET", "/v1/company/employees", 503, null);

        assertThat(get("/v1/company/employees", token).statusCode()).isEqualTo(503);
        assertThat(get("/v1/company/employees", token).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = get("/v1/company/employees", token);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(sandbox.rateLimitedResponses()).isEqualTo(1);
    }

    private void start(int people, int employeesPerMinute, int authPerMinute) {
        PersonioTenant tenant = new PersonioTenant();
        for (int id = 1; id <= people; id++) {
            tenant.add(PersonioPerson.of(id, "p" + id + "@acme.example", "active", "Sales")
                    .withOffice("Berlin"));
        }
        sandbox = PersonioSandbox.start(
                tenant, PersonioSandboxOptions.defaults(ID, SECRET).withLimits(employeesPerMinute, authPerMinute));
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> auth = send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/v1/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + ID + "&client_secret=" + SECRET)));
        assertThat(auth.statusCode()).isEqualTo(200);
        return JSON.readTree(auth.body()).path("data").path("token").asText();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(sandbox.url() + path)).header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
