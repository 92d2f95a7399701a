package io.cakesync.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Personio v1 endpoints cakesync reads, shaped as the examples of Personio's published spec
 * ({@code personio-personnel-data-api-oa3.yaml}): auth with the credential in the body, employees in
 * {@code limit}/{@code offset} pages (default 50, at most 100) with {@code metadata}, optionally
 * filtered by {@code email}, one employee by id, and the list of attributes the credential may read.
 */
final class PersonioRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;
    private static final Pattern ONE_EMPLOYEE = Pattern.compile("/v1/company/employees/([0-9]{1,18})");

    private final PersonioTenant tenant;
    private final PersonioSandboxOptions options;

    PersonioRoutes(PersonioTenant tenant, PersonioSandboxOptions options) {
        this.tenant = tenant;
        this.options = options;
    }

    Response handle(String method, String path, String query, String body, String contentType, String authorization) {
        if (method.equals("POST") && path.equals("/v1/auth")) {
            return auth(query, body, contentType);
        }
        boolean employees = method.equals("GET") && path.equals("/v1/company/employees");
        boolean attributes = method.equals("GET") && path.equals("/v1/company/employees/attributes");
        Matcher one = ONE_EMPLOYEE.matcher(path);
        boolean employee = method.equals("GET") && one.matches();
        if (!employees && !attributes && !employee) {
            return error(404, "no endpoint " + method + " " + path);
        }
        if (!same(authorization, "Bearer " + tenant.token())) {
            return error(401, "The token is missing or invalid");
        }
        if (employee) {
            return employee(Long.parseLong(one.group(1)));
        }
        return employees ? employees(parameters(query)) : attributes();
    }

    static Response error(int status, String message) {
        ObjectNode root = Json.object().put("success", false);
        root.putObject("error").put("code", status).put("message", message);
        return new Response(status, Response.JSON, Json.write(root), Map.of());
    }

    private Response auth(String query, String body, String contentType) {
        if (query != null && query.contains("client_secret")) {
            return error(403, "credentials in the query string are no longer accepted; send them in the body");
        }
        Map<String, String> form =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                        ? json(body)
                        : parameters(body);
        if (!same(form.get("client_id"), options.clientId())
                || !same(form.get("client_secret"), options.clientSecret())) {
            return error(401, "Wrong credentials");
        }
        ObjectNode root = Json.object().put("success", true);
        root.putObject("data").put("token", tenant.token());
        return Response.json(root);
    }

    private Response employees(Map<String, String> query) {
        int limit;
        int offset;
        try {
            limit = Integer.parseInt(query.getOrDefault("limit", String.valueOf(DEFAULT_LIMIT)));
            offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        } catch (NumberFormatException e) {
            return error(400, "limit and offset must be integers");
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            return error(400, "limit must be between 1 and " + MAX_LIMIT + " and offset at least 0");
        }
        String email = query.get("email");
        List<PersonioPerson> people = tenant.people().stream()
                .filter(p -> email == null || email.equalsIgnoreCase(p.email()))
                .toList();
        ObjectNode root = Json.object().put("success", true);
        root.putObject("metadata")
                .put("total_elements", people.size())
                .put("current_page", offset / limit)
                .put("total_pages", (people.size() + limit - 1) / limit);
        root.put("offset", offset).put("limit", limit);
        ArrayNode data = root.putArray("data");
        people.stream().skip(offset).limit(limit).forEach(p -> data.add(employee(p)));
        return Response.json(root);
    }

    private Response employee(long id) {
        PersonioPerson person = id > Integer.MAX_VALUE ? null : tenant.person((int) id);
        if (person == null) {
            return error(404, "Employee not found");
        }
        ObjectNode root = Json.object().put("success", true);
        root.set("data", employee(person));
        return Response.json(root);
    }

    private Response attributes() {
        ObjectNode root = Json.object().put("success", true);
        ArrayNode data = root.putArray("data");
        PersonioTenant.ATTRIBUTES.stream()
                .filter(tenant::readable)
                .forEach(key -> data.addObject()
                        .put("key", key)
                        .put("label", key)
                        .put("type", "standard")
                        .put("universal_id", key));
        return Response.json(root);
    }

    private ObjectNode employee(PersonioPerson p) {
        ObjectNode employee = Json.object().put("type", "Employee");
        ObjectNode attributes = employee.putObject("attributes");
        put(attributes, "id", "integer").put("value", p.id());
        put(attributes, "first_name", "standard").put("value", p.firstName());
        put(attributes, "last_name", "standard").put("value", p.lastName());
        put(attributes, "email", "standard").put("value", p.email());
        put(attributes, "status", "standard").put("value", p.status());
        named(attributes, "department", "Department", p.department());
        named(attributes, "office", "Office", p.office());
        put(attributes, "position", "standard").put("value", p.position());
        put(attributes, "employment_type", "standard").put("value", p.employmentType());
        named(attributes, "subcompany", "Subcompany", p.subcompany());
        ArrayNode centres = put(attributes, "cost_centers", "standard").putArray("value");
        if (p.costCenter() != null) {
            centres.addObject()
                    .put("type", "CostCenter")
                    .putObject("attributes")
                    .put("id", id(p.costCenter()))
                    .put("name", p.costCenter())
                    .put("percentage", 100);
        }
        ObjectNode supervisor = put(attributes, "supervisor", "standard");
        if (p.supervisorId() != null) {
            supervisor
                    .putObject("value")
                    .put("type", "Employee")
                    .putObject("attributes")
                    .putObject("id")
                    .put("label", "ID")
                    .put("value", p.supervisorId())
                    .put("type", "integer")
                    .put("universal_id", "id");
        }
        put(attributes, "hire_date", "date").put("value", date(p.hireDate()));
        put(attributes, "termination_date", "date").put("value", date(p.terminationDate()));
        return employee;
    }

    /** The attribute object, or a throwaway one when the credential may not read it (and it is left out). */
    private ObjectNode put(ObjectNode attributes, String key, String type) {
        ObjectNode attribute = Json.object().put("label", key).put("type", type).put("universal_id", key);
        attribute.putNull("value");
        if (tenant.readable(key)) {
            attributes.set(key, attribute);
        }
        return attribute;
    }

    private void named(ObjectNode attributes, String key, String type, String name) {
        ObjectNode attribute = put(attributes, key, "standard");
        if (name != null) {
            attribute
                    .putObject("value")
                    .put("type", type)
                    .putObject("attributes")
                    .put("id", id(name))
                    .put("name", name);
        }
    }

    private static String date(String date) {
        return date == null ? null : date + "T00:00:00+01:00";
    }

    private static int id(String name) {
        return Math.floorMod(name.hashCode(), 1_000_000);
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Map<String, String> json(String body) {
        Map<String, String> values = new HashMap<>();
        try {
            JsonNode root = Json.MAPPER.readTree(body == null ? "" : body);
            if (root != null) {
                root.properties()
                        .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return values;
        }
        return values;
    }

    /** Constant-time comparison, so the sandbox does not teach timing leaks by example. */
    private static boolean same(String given, String expected) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
