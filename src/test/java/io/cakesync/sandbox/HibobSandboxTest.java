package io.cakesync.sandbox;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HibobSandboxTest {
    private static final BasicAuthOptions OPTIONS = new BasicAuthOptions("svc-1", "tok-1", Duration.ZERO, 0);
    private static final String FIELDS =
            "\"fields\": [\"root.id\", \"root.email\", \"work.department\", \"work.startDate\","
                    + " \"internal.lifecycleStatus\", \"work.reportsTo.email\"]";

    @TempDir
    Path dir;

    private static HibobTenant acme() {
        HibobTenant tenant = new HibobTenant();
        tenant.add(HibobTenant.person("11", "ada@acme.example", "Ada", "L", "Employed", "Engineering", "Berlin"));
        tenant.add(HibobTenant.person("12", "ben@acme.example", "Ben", "O", "Terminated", "Sales", "Hamburg"));
        return tenant;
    }

    @Test
    void answersTheRequestedFieldsWithListItemIdsAndNamesUnderHumanReadable() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            HttpResponse<String> answer = new HrApi(sandbox.url(), "svc-1", "tok-1")
                    .post(
                            "/v1/people/search",
                            "{" + FIELDS + ", \"showInactive\": true, \"humanReadable\": \"APPEND\"}");

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode ada = HrApi.json(answer).get("employees").get(0);
            assertThat(ada.get("id").asText()).isEqualTo("11");
            assertThat(ada.get("email").asText()).isEqualTo("ada@acme.example");
            assertThat(ada.at("/work/department").asText()).matches("\\d+");
            assertThat(ada.at("/humanReadable/work/department").asText()).isEqualTo("Engineering");
            assertThat(ada.at("/work/startDate").asText()).isEqualTo("2020-01-15");
            assertThat(ada.at("/humanReadable/work/startDate").asText()).isEqualTo("15/01/2020");
            assertThat(ada.at("/work/reportsTo/email").isNull()).isTrue();
            assertThat(ada.has("surname")).as("not requested").isFalse();
        }
    }

    @Test
    void leavesOutLeaversUnlessShowInactive() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            HrApi api = new HrApi(sandbox.url(), "svc-1", "tok-1");

            assertThat(HrApi.json(api.post("/v1/people/search", "{" + FIELDS + "}"))
                            .get("employees"))
                    .hasSize(1);
            assertThat(HrApi.json(api.post("/v1/people/search", "{" + FIELDS + ", \"showInactive\": true}"))
                            .get("employees"))
                    .hasSize(2);
        }
    }

    @Test
    void answersASearchFilteredByIdOrEmailWithTheMatchingPeopleOnly() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            HrApi api = new HrApi(sandbox.url(), "svc-1", "tok-1");

            JsonNode byId = HrApi.json(api.post(
                            "/v1/people/search",
                            "{" + FIELDS + ", \"showInactive\": true, \"filters\": [{\"fieldPath\": \"root.id\","
                                    + " \"operator\": \"equals\", \"values\": [\"12\", \"99\"]}]}"))
                    .get("employees");
            JsonNode byEmail = HrApi.json(api.post(
                            "/v1/people/search",
                            "{" + FIELDS + ", \"filters\": [{\"fieldPath\": \"root.email\","
                                    + " \"operator\": \"equals\", \"values\": [\"Ada@Acme.example\"]}]}"))
                    .get("employees");

            assertThat(byId).extracting(e -> e.get("id").asText()).containsExactly("12");
            assertThat(byEmail).extracting(e -> e.get("id").asText()).containsExactly("11");
        }
    }

    @Test
    void refusesAFilterHibobDoesNotSupport() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            HttpResponse<String> answer = new HrApi(sandbox.url(), "svc-1", "tok-1")
                    .post(
                            "/v1/people/search",
                            "{" + FIELDS + ", \"filters\": [{\"fieldPath\": \"work.department\","
                                    + " \"operator\": \"equals\", \"values\": [\"Sales\"]}]}");

            assertThat(answer.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void leavesOutTheFieldsOfACategoryTheServiceUserMayNotRead() {
        HibobTenant tenant = acme();
        tenant.hideCategory("work");
        try (HibobSandbox sandbox = HibobSandbox.start(tenant, OPTIONS)) {
            JsonNode ada = HrApi.json(new HrApi(sandbox.url(), "svc-1", "tok-1")
                            .post("/v1/people/search", "{" + FIELDS + ", \"humanReadable\": \"APPEND\"}"))
                    .get("employees")
                    .get(0);

            assertThat(ada.has("work")).isFalse();
            assertThat(ada.at("/humanReadable/internal/lifecycleStatus").asText())
                    .isEqualTo("Employed");
        }
    }

    @Test
    void refusesWrongCredentialsWith401() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            assertThat(new HrApi(sandbox.url(), "svc-1", "wrong")
                            .post("/v1/people/search", "{}")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(sandbox.requests()).extracting(RecordedRequest::status).containsExactly(401);
        }
    }

    @Test
    void answersAboveItsRateLimitWith429AndTheResetOfTheWindow() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS.withRateLimitPerMinute(2))) {
            HrApi api = new HrApi(sandbox.url(), "svc-1", "tok-1");
            api.post("/v1/people/search", "{}");
            api.post("/v1/people/search", "{}");

            HttpResponse<String> limited = api.post("/v1/people/search", "{}");

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("X-RateLimit-Limit")).contains("2");
            assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
            long reset = Long.parseLong(
                    limited.headers().firstValue("X-RateLimit-Reset").orElseThrow());
            assertThat(reset - System.currentTimeMillis() / 1000).isBetween(1L, 61L);
            assertThat(sandbox.rateLimitedResponses()).isEqualTo(1);
        }
    }

    @Test
    void answersAnInjectedServerError() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            sandbox.faults().respond("POST", "/v1/people/search", 503, null);
            HrApi api = new HrApi(sandbox.url(), "svc-1", "tok-1");

            assertThat(api.post("/v1/people/search", "{}").statusCode()).isEqualTo(503);
            assertThat(api.post("/v1/people/search", "{}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesMoreThan400Fields() {
        try (HibobSandbox sandbox = HibobSandbox.start(acme(), OPTIONS)) {
            String fields = "[" + "\"root.id\",".repeat(400) + "\"root.email\"]";

            assertThat(new HrApi(sandbox.url(), "svc-1", "tok-1")
                            .post("/v1/people/search", "{\"fields\": " + fields + "}")
                            .statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void loadsTheExampleSeedWithTheExportsPeople() {
        HibobTenant tenant = HibobTenant.fromSeed(Path.of("examples", "hibob-employees.json"));

        assertThat(tenant.size()).isEqualTo(27);
    }

    @Test
    void namesTheSeedFileAndEntryThatIsWrong() throws Exception {
        Path seed =
                Files.writeString(dir.resolve("seed.json"), "{\"employees\": [{\"id\": \"1\"}, {\"email\": \"x\"}]}");

        assertThatThrownBy(() -> HibobTenant.fromSeed(seed))
                .hasMessageContaining("seed.json")
                .hasMessageContaining("employees[1] has no 'id' string");
    }
}
