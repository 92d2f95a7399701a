package io.cakesync.cakewalk;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** Cakewalk-shaped responses and a chronological view of what WireMock received. */
final class Stubs {
    static final String GROUP = "11111111-0000-4000-8000-000000000001";
    static final String MEMBERS_PATH = "/api/v1/UsersGroups/" + GROUP + "/Users";

    private Stubs() {}

    static String user(String id) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"email\":\"" + id
                + "@acme.io\",\"statusId\":1,\"statusName\":\"Active\"}";
    }

    /** A list page; {@code next} is written as given: a JSON string literal, {@code null}, or omitted when absent. */
    static ResponseDefinitionBuilder page(String next, String... items) {
        String links = next == null ? "{\"self\":\"/x\"}" : "{\"self\":\"/x\",\"next\":" + next + "}";
        return json(200, "{\"data\":[" + String.join(",", items) + "],\"links\":" + links + "}");
    }

    static ResponseDefinitionBuilder members(String... ids) {
        return page("null", Arrays.stream(ids).map(Stubs::user).toArray(String[]::new));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String detail) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Error\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\",\"traceId\":\"00-1-2-01\"}");
    }

    /** "METHOD url" of every request, oldest first. */
    static List<String> requests(WireMockServer wm) {
        return served(wm).stream()
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .collect(Collectors.toList());
    }

    static List<ServeEvent> served(WireMockServer wm) {
        return wm.getAllServeEvents().stream()
                .sorted((a, b) ->
                        a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
                .collect(Collectors.toList());
    }
}
