package io.cakesync.source.personio;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Personio v1 answers in the shape of the examples in personio/api-docs
 * ({@code personio-personnel-data-api-oa3.yaml}): every attribute an object of label, value, type and
 * universal_id; department, office and subcompany objects with {@code attributes.name}.
 */
final class PersonioStubs {
    static final String TOKEN = "papi-5b1f0e2c-token";
    static final String EMPLOYEES = "/v1/company/employees";
    static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer wiremock;

    PersonioStubs(WireMockServer wiremock) {
        this.wiremock = wiremock;
    }

    void auth() {
        wiremock.stubFor(
                post("/v1/auth").willReturn(okJson("{\"success\":true,\"data\":{\"token\":\"" + TOKEN + "\"}}")));
    }

    /** Every page of these employees at this page size, with a truthful total. */
    void employees(int pageSize, List<ObjectNode> employees) {
        int pages = Math.max(1, (employees.size() + pageSize - 1) / pageSize);
        for (int page = 0; page < pages; page++) {
            List<ObjectNode> items =
                    employees.subList(page * pageSize, Math.min(employees.size(), (page + 1) * pageSize));
            wiremock.stubFor(page(page * pageSize, pageSize)
                    .willReturn(okJson(body(items, employees.size(), page, pages, pageSize))));
        }
    }

    /**
     * These employees as Personio's reads of one person answer: {@code GET /v1/company/employees/{id}}
     * and the list filtered by {@code email}; any other id is unknown (404), any other address matches no one.
     */
    void people(List<ObjectNode> employees) {
        wiremock.stubFor(get(urlPathMatching(EMPLOYEES + "/[0-9]+"))
                .atPriority(10)
                .willReturn(error(404, "Employee not found")));
        wiremock.stubFor(byEmail(matching(".*")).atPriority(10).willReturn(okJson(byEmailBody(List.of()))));
        for (ObjectNode employee : employees) {
            JsonNode attributes = employee.path("attributes");
            wiremock.stubFor(one(attributes.path("id").path("value").asText()).willReturn(okJson(oneBody(employee))));
            wiremock.stubFor(
                    byEmail(equalTo(attributes.path("email").path("value").asText()))
                            .willReturn(okJson(byEmailBody(List.of(employee)))));
        }
    }

    /** {@code GET /v1/company/employees/{employee_id}}, "Show employee by ID". */
    static MappingBuilder one(String id) {
        return get(urlPathEqualTo(EMPLOYEES + "/" + id));
    }

    static MappingBuilder byEmail(StringValuePattern email) {
        return get(urlPathEqualTo(EMPLOYEES)).withQueryParam("email", email);
    }

    /** The spec's answer for one employee: the same employee object as in the list, as {@code data}. */
    static String oneBody(ObjectNode employee) {
        ObjectNode root = JSON.createObjectNode().put("success", true);
        root.set("data", employee);
        return root.toString();
    }

    /** "The response is still a list, containing only the filtered employee." */
    static String byEmailBody(List<ObjectNode> employees) {
        return body(employees, employees.size(), 0, 1, 200);
    }

    static MappingBuilder page(int offset, int limit) {
        return get(urlPathEqualTo(EMPLOYEES))
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .withQueryParam("limit", equalTo(String.valueOf(limit)));
    }

    static ResponseDefinitionBuilder pageAnswer(List<ObjectNode> items, int total, int page, int pages, int limit) {
        return okJson(body(items, total, page, pages, limit));
    }

    static ResponseDefinitionBuilder error(int status, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\"}}");
    }

    static String body(List<ObjectNode> items, int total, int page, int pages, int limit) {
        ObjectNode root = JSON.createObjectNode().put("success", true);
        root.putObject("metadata")
                .put("total_elements", total)
                .put("current_page", page)
                .put("total_pages", pages);
        root.put("offset", page * limit).put("limit", limit);
        ArrayNode data = root.putArray("data");
        items.forEach(data::add);
        return root.toString();
    }

    /** An employee with the standard attributes; {@code extra} adds or, with a null value, removes attributes. */
    static ObjectNode employee(
            int id,
            String first,
            String last,
            String email,
            String status,
            String department,
            Map<String, Object> extra) {
        ObjectNode employee = JSON.createObjectNode().put("type", "Employee");
        ObjectNode attributes = employee.putObject("attributes");
        attribute(attributes, "id", "ID", "integer").put("value", id);
        attribute(attributes, "first_name", "First name", "standard").put("value", first);
        attribute(attributes, "last_name", "Last name", "standard").put("value", last);
        attribute(attributes, "email", "Email", "standard").put("value", email);
        attribute(attributes, "status", "Status", "standard").put("value", status);
        attributes.set("department", named("department", "Department", "Department", 281521, department));
        for (String key : List.of(
                "position", "employment_type", "hire_date", "termination_date", "office", "subcompany", "supervisor")) {
            attribute(attributes, key, key, "standard").putNull("value");
        }
        attribute(attributes, "cost_centers", "Cost center", "standard").putArray("value");
        extra.forEach((key, value) -> {
            if (value == null) {
                attributes.remove(key);
            } else if (value instanceof ObjectNode node) {
                attributes.set(key, node);
            } else {
                attribute(attributes, key, key, "standard").put("value", value.toString());
            }
        });
        return employee;
    }

    /** An attribute whose value is an object named by {@code attributes.name} (department, office, subcompany). */
    static ObjectNode named(String key, String label, String type, int id, String name) {
        ObjectNode attribute = JSON.createObjectNode().put("label", label);
        if (name == null) {
            attribute.putNull("value");
        } else {
            attribute
                    .putObject("value")
                    .put("type", type)
                    .putObject("attributes")
                    .put("id", id)
                    .put("name", name);
        }
        return attribute.put("type", "standard").put("universal_id", key);
    }

    private static ObjectNode attribute(ObjectNode attributes, String key, String label, String type) {
        return attributes.putObject(key).put("label", label).put("type", type).put("universal_id", key);
    }
}
