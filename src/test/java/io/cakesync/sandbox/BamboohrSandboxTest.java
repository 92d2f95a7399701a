package io.cakesync.sandbox;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BamboohrSandboxTest {
    private static final BasicAuthOptions OPTIONS = new BasicAuthOptions("key-1", null, Duration.ZERO, 0);

    private static BamboohrTenant company(int size) {
        BamboohrTenant tenant = new BamboohrTenant();
        for (int i = size; i >= 1; i--) {
            tenant.add(BamboohrTenant.employee(
                    Integer.toString(i),
                    "F" + i,
                    "L" + i,
                    i % 4 == 0 ? "Inactive" : "Active",
                    "p" + i + "@acme.example",
                    "Sales",
                    "Berlin"));
        }
        return tenant;
    }

    private static String page(String after, int limit) {
        return "/api/v1/employees?page%5Blimit%5D=" + limit + "&fields=workEmail%2CdepartmentName"
                + (after == null ? "" : "&page%5Bafter%5D=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
    }

    @Test
    void pagesEveryoneInEmployeeIdOrderWithTheTotalOnEachPage() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(5), OPTIONS, 503)) {
            HrApi api = new HrApi(sandbox.url(), "key-1", "x");
            List<String> ids = new ArrayList<>();
            String after = null;
            do {
                JsonNode root = HrApi.json(api.get(page(after, 2)));
                assertThat(root.at("/meta/total").asInt()).isEqualTo(5);
                root.get("data").forEach(e -> ids.add(e.get("employeeId").asText()));
                after = root.at("/meta/page/nextCursor").isNull()
                        ? null
                        : root.at("/meta/page/nextCursor").asText();
            } while (after != null);

            assertThat(ids).containsExactly("1", "2", "3", "4", "5");
            assertThat(sandbox.count("GET", "/api/v1/employees")).isEqualTo(3);
        }
    }

    @Test
    void givesTheDefaultFieldsAndTheRequestedOnesKnownToTheList() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(1), OPTIONS, 503)) {
            JsonNode e = HrApi.json(new HrApi(sandbox.url(), "key-1", "any")
                            .get("/api/v1/employees?fields=workEmail,customNothing"))
                    .at("/data/0");

            assertThat(e.get("jobTitleName").asText()).isEqualTo("Engineer");
            assertThat(e.get("workEmail").asText()).isEqualTo("p1@acme.example");
            assertThat(e.has("customNothing")).isFalse();
            assertThat(e.has("departmentName")).as("not requested").isFalse();
        }
    }

    @Test
    void nullsARestrictedFieldAndNamesIt() {
        BamboohrTenant tenant = company(1);
        tenant.restrict("departmentName");
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(tenant, OPTIONS, 503)) {
            JsonNode e = HrApi.json(new HrApi(sandbox.url(), "key-1", "x").get(page(null, 10)))
                    .at("/data/0");

            assertThat(e.get("departmentName").isNull()).isTrue();
            assertThat(e.get("_restrictedFields")).extracting(JsonNode::asText).containsExactly("departmentName");
        }
    }

    @Test
    void refusesACursorWhoseBoundaryEmployeeIsGoneWithBadPage() {
        BamboohrTenant tenant = company(4);
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(tenant, OPTIONS, 503)) {
            HrApi api = new HrApi(sandbox.url(), "key-1", "x");
            String next = HrApi.json(api.get(page(null, 2)))
                    .at("/meta/page/nextCursor")
                    .asText();
            tenant.remove("2");

            HttpResponse<String> refused = api.get(page(next, 2));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("BadPage");
        }
    }

    @Test
    void throttlesWithTheConfiguredStatusAndRetryAfter() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(1), OPTIONS.withRateLimitPerMinute(1), 503)) {
            HrApi api = new HrApi(sandbox.url(), "key-1", "x");
            api.get(page(null, 1));

            HttpResponse<String> limited = api.get(page(null, 1));

            assertThat(limited.statusCode()).isEqualTo(503);
            assertThat(Long.parseLong(
                            limited.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 60L);
        }
    }

    @Test
    void refusesAPageLimitAbove2500AndAWrongKey() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(1), OPTIONS, 429)) {
            assertThat(new HrApi(sandbox.url(), "key-1", "x")
                            .get(page(null, 2501))
                            .statusCode())
                    .isEqualTo(400);
            assertThat(new HrApi(sandbox.url(), "key-2", "x").get(page(null, 1)).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void loadsTheExampleSeedWithTheExportsPeople() {
        assertThat(BamboohrTenant.fromSeed(Path.of("examples", "bamboohr-employees.json"))
                        .size())
                .isEqualTo(27);
    }

    @Test
    void acceptsOnlyBambooHrsThrottleStatuses() {
        assertThatThrownBy(() -> BamboohrSandbox.start(company(1), OPTIONS, 500))
                .hasMessageContaining("429 or 503");
    }

    @Test
    void narrowsTheListItsTotalAndItsPagesToTheIdsFilterIdsNames() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(6), OPTIONS, 503)) {
            HrApi api = new HrApi(sandbox.url(), "key-1", "x");
            String filter = "&filter%5Bids%5D=" + URLEncoder.encode("5,2,99,4", StandardCharsets.UTF_8);
            JsonNode first = HrApi.json(api.get(page(null, 2) + filter));
            String next = first.at("/meta/page/nextCursor").asText();
            JsonNode second = HrApi.json(api.get(page(next, 2) + filter));

            assertThat(first.at("/meta/total").asInt()).isEqualTo(3);
            assertThat(first.get("data"))
                    .extracting(e -> e.get("employeeId").asText())
                    .containsExactly("2", "4");
            assertThat(first.at("/_links/next/href").asText()).contains("filter%5Bids%5D=");
            assertThat(second.at("/meta/total").asInt()).isEqualTo(3);
            assertThat(second.get("data"))
                    .extracting(e -> e.get("employeeId").asText())
                    .containsExactly("5");
            assertThat(second.at("/meta/page/nextCursor").isNull()).isTrue();
        }
    }

    @Test
    void acceptsFilterIdsAsRepeatedKeysToo() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(4), OPTIONS, 503)) {
            JsonNode root = HrApi.json(new HrApi(sandbox.url(), "key-1", "x")
                    .get(page(null, 10) + "&filter%5Bids%5D%5B%5D=3&filter%5Bids%5D%5B%5D=1"));

            assertThat(root.at("/meta/total").asInt()).isEqualTo(2);
            assertThat(root.get("data"))
                    .extracting(e -> e.get("employeeId").asText())
                    .containsExactly("1", "3");
        }
    }

    @Test
    void answersAFilterNamingNobodyItKnowsWithNobody() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(2), OPTIONS, 503)) {
            JsonNode root =
                    HrApi.json(new HrApi(sandbox.url(), "key-1", "x").get(page(null, 10) + "&filter%5Bids%5D=77"));

            assertThat(root.at("/meta/total").asInt()).isZero();
            assertThat(root.get("data")).isEmpty();
        }
    }

    @Test
    void refusesAFilterIdThatIsNoEmployeeId() {
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(company(2), OPTIONS, 503)) {
            HttpResponse<String> refused =
                    new HrApi(sandbox.url(), "key-1", "x").get(page(null, 10) + "&filter%5Bids%5D=1,abc");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("filter[ids]");
        }
    }
}
