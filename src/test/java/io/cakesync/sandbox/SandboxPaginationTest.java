package io.cakesync.sandbox;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxPaginationTest {

    private Api api;

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode startAndGet(SandboxOptions options, String path) {
        api = Api.start(Acme.tenant(), options);
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        return Api.json(response);
    }

    private static SandboxOptions pagesOfTwo() {
        return SandboxOptions.defaults(Api.KEY, Api.SECRET).withPageSize(2);
    }

    @Test
    void pagesUsersWithRelativeNextLinksInInsertionOrder() {
        JsonNode page = startAndGet(pagesOfTwo(), "/api/v1/Users");
        List<String> ids = new ArrayList<>();
        List<String> nextLinks = new ArrayList<>();
        for (int pages = 1; pages <= 10; pages++) {
            page.path("data").forEach(u -> ids.add(u.path("id").asText()));
            JsonNode next = page.path("links").path("next");
            if (!next.isTextual()) {
                assertThat(next.isNull()).as("last page's next link").isTrue();
                break;
            }
            nextLinks.add(next.asText());
            page = Api.json(api.get(next.asText()));
        }

        assertThat(ids).containsExactly(Acme.ADMIN, Acme.ANNA, Acme.BORIS, Acme.CLARA, Acme.DAVID);
        assertThat(nextLinks).hasSize(2).allSatisfy(link -> assertThat(link).startsWith("/api/v1/Users?cursor="));
    }

    @Test
    void encodesTheCursorLikeTheRealApi() {
        JsonNode page = startAndGet(pagesOfTwo(), "/api/v1/Users");

        String next = page.path("links").path("next").asText();
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        assertThat(new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8))
                .isEqualTo("pageNumber=1&pageSize=2");
        assertThat(page.path("links").path("self").asText()).isEqualTo("/api/v1/Users");
    }

    @Test
    void listsUserFieldsWithStatusIds() {
        JsonNode users = startAndGet(SandboxOptions.defaults(Api.KEY, Api.SECRET), "/api/v1/Users")
                .path("data");

        assertThat(users).hasSize(5);
        JsonNode boris = users.get(2);
        assertThat(boris.path("id").asText()).isEqualTo(Acme.BORIS);
        assertThat(boris.path("name").asText()).isEqualTo("Boris Brandt");
        assertThat(boris.path("email").asText()).isEqualTo("Boris@Acme.example");
        assertThat(boris.path("statusId").asInt()).isEqualTo(2);
        assertThat(boris.path("statusName").asText()).isEqualTo("Invited");
        assertThat(boris.path("roleName").asText()).isEqualTo("User");
        assertThat(users.get(1).path("statusId").asInt()).isEqualTo(1);
    }

    @Test
    void givesAbsoluteLinksWhenConfigured() {
        JsonNode page = startAndGet(pagesOfTwo().withAbsoluteLinks(true), "/api/v1/Users");

        String next = page.path("links").path("next").asText();
        assertThat(next).startsWith(api.server.url() + "/api/v1/Users?cursor=");
        assertThat(page.path("links").path("self").asText()).isEqualTo(api.server.url() + "/api/v1/Users");
        assertThat(Api.json(api.get(next)).path("data").get(0).path("id").asText())
                .isEqualTo(Acme.BORIS);
    }

    @Test
    void endsWithANullNextLinkByDefault() {
        JsonNode links = startAndGet(SandboxOptions.defaults(Api.KEY, Api.SECRET), "/api/v1/Users")
                .path("links");

        assertThat(links.has("next")).isTrue();
        assertThat(links.get("next").isNull()).isTrue();
    }

    @Test
    void omitsNextOnTheLastPageWhenConfigured() {
        SandboxOptions options = SandboxOptions.defaults(Api.KEY, Api.SECRET).withOmitNextOnLastPage(true);
        JsonNode links = startAndGet(options, "/api/v1/Users").path("links");

        assertThat(links.has("next")).isFalse();
        assertThat(links.has("self")).isTrue();
    }

    @Test
    void rejectsAnInvalidCursor() {
        api = Api.start(Acme.tenant());

        assertProblem(api.get("/api/v1/Users?cursor=not-a-cursor"), 400, "cursor");
        String forged = Base64.getEncoder().encodeToString("page=2".getBytes(StandardCharsets.UTF_8));
        assertProblem(api.get("/api/v1/UsersGroups?cursor=" + forged), 400, "cursor");
    }

    @Test
    void listsGroupsWithSyncSourceAndExternalId() {
        JsonNode groups = startAndGet(SandboxOptions.defaults(Api.KEY, Api.SECRET), "/api/v1/UsersGroups")
                .path("data");

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).path("name").asText()).isEqualTo("Sales EMEA");
        assertThat(groups.get(0).path("syncSource").asText()).isEqualTo("Cakewalk");
        assertThat(groups.get(0).get("externalId").isNull()).isTrue();
        assertThat(groups.get(1).path("syncSource").asText()).isEqualTo("Okta");
        assertThat(groups.get(1).path("externalId").asText()).isNotBlank();
    }

    @Test
    void pagesGroupMembersWithTheSimplifiedUserShape() {
        SandboxTenant tenant = Acme.tenant();
        tenant.addMember(Acme.SALES, Acme.BORIS);
        tenant.addMember(Acme.SALES, Acme.CLARA);
        api = Api.start(tenant, SandboxOptions.defaults(Api.KEY, Api.SECRET).withPageSize(2));

        JsonNode first = Api.json(api.get(Api.members(Acme.SALES)));
        JsonNode second = Api.json(api.get(first.path("links").path("next").asText()));

        assertThat(first.path("data")).extracting(m -> m.path("id").asText()).containsExactly(Acme.ANNA, Acme.BORIS);
        assertThat(second.path("data")).extracting(m -> m.path("id").asText()).containsExactly(Acme.CLARA);
        assertThat(second.path("links").get("next").isNull()).isTrue();
        JsonNode anna = first.path("data").get(0);
        assertThat(anna.path("email").asText()).isEqualTo("anna@acme.example");
        assertThat(anna.path("statusName").asText()).isEqualTo("Active");
        assertThat(anna.has("statusId")).isTrue();
        assertThat(anna.has("roleName")).isFalse();
    }

    @Test
    void answersAnEmptyGroupWithAnEmptyLastPage() {
        SandboxTenant tenant = Acme.tenant();
        tenant.removeMember(Acme.SALES, Acme.ANNA);
        api = Api.start(tenant);

        JsonNode page = Api.json(api.get(Api.members(Acme.SALES)));

        assertThat(page.path("data").isArray()).isTrue();
        assertThat(page.path("data")).isEmpty();
        assertThat(page.path("links").get("next").isNull()).isTrue();
    }

    @Test
    void answers404ForUnknownGroupsAndPaths() {
        api = Api.start(Acme.tenant());

        assertProblem(api.get(Api.members(Acme.NOBODY)), 404, Acme.NOBODY);
        assertProblem(api.get("/api/v1/users"), 404, "/api/v1/users");
        assertProblem(api.get("/api/v1/Users/" + Acme.ANNA), 404, "no endpoint");
    }
}
