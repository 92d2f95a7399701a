package io.cakesync.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/people/search} as HiBob documents it: the requested fields only, no pages, leavers
 * only with {@code showInactive}, list fields as list item ids with their names under
 * {@code humanReadable} (APPEND) or in their place (REPLACE), fields of hidden categories left out,
 * and at most one filter, on {@code root.id} or {@code root.email} with {@code equals}.
 */
final class HibobRoutes implements BasicAuthSandbox.Api {
    static final String SEARCH = "/v1/people/search";
    private static final int MAX_FIELDS = 400;
    private static final Set<String> LISTS =
            Set.of("work.department", "work.site", "work.title", "payroll.employment.type", "internal.lifecycleStatus");
    private static final Set<String> DATES = Set.of("work.startDate", "internal.terminationDate");
    private static final List<String> DEFAULT_FIELDS =
            List.of("root.id", "root.email", "root.firstName", "root.surname", "root.displayName");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HibobTenant tenant;
    private final Map<String, String> listIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextListId = new AtomicInteger(2_600_000);

    HibobRoutes(HibobTenant tenant) {
        this.tenant = tenant;
    }

    @Override
    public Response handle(String method, String path, String query, String body) {
        if (!method.equals("POST") || !path.equals(SEARCH)) {
            throw ApiException.notFound("no endpoint " + method + " " + path);
        }
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON");
        }
        List<String> fields = fields(request.path("fields"));
        Filter filter = Filter.of(request.get("filters"));
        boolean showInactive = request.path("showInactive").asBoolean(false);
        String humanReadable = request.path("humanReadable").asText("");
        Set<String> hidden = tenant.hiddenCategories();
        List<String> readable =
                fields.stream().filter(f -> !hidden.contains(category(f))).toList();
        ObjectNode answer = Json.object();
        ArrayNode employees = answer.putArray("employees");
        for (ObjectNode person : tenant.people()) {
            if (!filter.matches(person)) {
                continue;
            }
            if (showInactive
                    || !"Terminated"
                            .equals(person.path("internal")
                                    .path("lifecycleStatus")
                                    .asText())) {
                employees.add(employee(person, readable, humanReadable));
            }
        }
        return Response.json(answer);
    }

    /** The one filter HiBob allows; matches everyone when the request has none. */
    private record Filter(String field, Set<String> values) {
        private static final Set<String> FIELDS = Set.of("root.id", "root.email");

        static Filter of(JsonNode filters) {
            if (filters == null) {
                return new Filter(null, Set.of());
            }
            if (!filters.isArray() || filters.size() != 1) {
                throw ApiException.badRequest("filters must hold exactly one filter; omit it to search everyone");
            }
            JsonNode filter = filters.get(0);
            String field = filter.path("fieldPath").asText("");
            if (!FIELDS.contains(field) || !filter.path("operator").asText("").equals("equals")) {
                throw ApiException.badRequest("only root.id and root.email with operator equals can filter");
            }
            if (!filter.path("values").isArray()) {
                throw ApiException.badRequest("the filter's values must be an array");
            }
            Set<String> values = new HashSet<>();
            filter.path("values").forEach(v -> values.add(comparable(field, v.asText())));
            return new Filter(field, values);
        }

        boolean matches(ObjectNode person) {
            if (field == null) {
                return true;
            }
            JsonNode value = at(person, field);
            return value != null && !value.isNull() && values.contains(comparable(field, value.asText()));
        }

        // HiBob does not document whether its email filter ignores case; the sandbox assumes it does, as mail does.
        private static String comparable(String field, String value) {
            return field.equals("root.email") ? value.toLowerCase(Locale.ROOT) : value;
        }
    }

    private static List<String> fields(JsonNode requested) {
        if (requested.isMissingNode() || requested.isNull()) {
            return DEFAULT_FIELDS;
        }
        if (!requested.isArray()) {
            throw ApiException.badRequest("fields must be an array of field ids");
        }
        if (requested.size() > MAX_FIELDS) {
            throw ApiException.badRequest("at most " + MAX_FIELDS + " fields per request");
        }
        List<String> fields = new ArrayList<>();
        requested.forEach(f -> fields.add(f.asText()));
        return fields;
    }

    private ObjectNode employee(ObjectNode person, List<String> fields, String humanReadable) {
        ObjectNode out = Json.object();
        ObjectNode names = Json.object();
        for (String field : fields) {
            JsonNode value = at(person, field);
            String text = value == null || value.isNull() ? null : value.asText();
            String name = LISTS.contains(field) || DATES.contains(field) ? display(field, text) : null;
            String machine = LISTS.contains(field) ? listId(field, text) : text;
            if (humanReadable.equalsIgnoreCase("REPLACE")) {
                put(out, field, name != null ? name : machine);
            } else {
                put(out, field, machine);
                if (humanReadable.equalsIgnoreCase("APPEND") && name != null) {
                    put(names, field, name);
                }
            }
        }
        if (!names.isEmpty()) {
            out.set("humanReadable", names);
        }
        return out;
    }

    /** The seed value along the field id's path; root fields live at the top. */
    private static JsonNode at(ObjectNode person, String field) {
        JsonNode current = person;
        for (String key : path(field)) {
            current = current == null ? null : current.get(key);
        }
        return current;
    }

    private static void put(ObjectNode out, String field, String value) {
        String[] path = path(field);
        ObjectNode current = out;
        for (int i = 0; i < path.length - 1; i++) {
            current = current.get(path[i]) instanceof ObjectNode child ? child : current.putObject(path[i]);
        }
        current.put(path[path.length - 1], value);
    }

    private static String category(String field) {
        return field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
    }

    private static String[] path(String field) {
        return field.startsWith("root.") ? new String[] {field.substring(5)} : field.split("\\.");
    }

    private static String display(String field, String value) {
        if (value == null || !DATES.contains(field)) {
            return value;
        }
        try {
            return LocalDate.parse(value).format(DISPLAY);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** List items have numeric ids in HiBob; one per distinct name and list keeps the sandbox's ids stable. */
    private String listId(String field, String name) {
        if (name == null) {
            return null;
        }
        return listIds.computeIfAbsent(field + "\u0000" + name, k -> Integer.toString(nextListId.getAndIncrement()));
    }
}
