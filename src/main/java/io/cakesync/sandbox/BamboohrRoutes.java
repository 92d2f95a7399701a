package io.cakesync.sandbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/employees} as BambooHR documents it: cursor pages ({@code page[limit]} 1–2500,
 * default 250; {@code page[after]}), {@code meta.total}, the default fields plus {@code fields}, unknown
 * fields ignored, restricted fields null and named in {@code _restrictedFields}, and 400 BadPage for a
 * cursor whose boundary employee is gone. {@code filter[ids]} (comma-separated, or repeated as
 * {@code filter[ids][]}) narrows the list, its total and its pages to the employees it names; ids no
 * employee has are simply not in the answer.
 */
final class BamboohrRoutes implements BasicAuthSandbox.Api {
    static final String EMPLOYEES = "/api/v1/employees";
    private static final List<String> DEFAULTS =
            List.of("employeeId", "firstName", "lastName", "preferredName", "photoUrl", "jobTitleName", "status");

    private final BamboohrTenant tenant;
    private final Supplier<String> url;

    BamboohrRoutes(BamboohrTenant tenant, Supplier<String> url) {
        this.tenant = tenant;
        this.url = url;
    }

    @Override
    public Response handle(String method, String path, String query, String body) {
        if (!method.equals("GET") || !path.equals(EMPLOYEES)) {
            throw ApiException.notFound("no endpoint " + method + " " + path);
        }
        Map<String, String> params = params(query);
        int limit = limit(params.get("page[limit]"));
        List<String> fields = new ArrayList<>(DEFAULTS);
        if (params.containsKey("fields")) {
            for (String f : params.get("fields").split(",")) {
                if (!f.isBlank() && !fields.contains(f.strip()) && tenant.knows(f.strip())) {
                    fields.add(f.strip());
                }
            }
        }
        Set<String> restricted = tenant.restricted();
        List<ObjectNode> all = tenant.employees();
        Set<String> ids = ids(query);
        if (ids != null) {
            all = all.stream()
                    .filter(e -> ids.contains(e.get("employeeId").asText()))
                    .toList();
        }
        int start = start(all, params.get("page[after]"));
        List<ObjectNode> page = all.subList(start, Math.min(start + limit, all.size()));
        String next = start + limit < all.size() ? cursor(page.get(page.size() - 1)) : null;

        ObjectNode answer = Json.object();
        ArrayNode data = answer.putArray("data");
        page.forEach(e -> data.add(record(e, fields, restricted)));
        ObjectNode meta = answer.putObject("meta").put("total", all.size());
        meta.putObject("page")
                .put("limit", limit)
                .put("nextCursor", next)
                .put("prevCursor", start == 0 ? null : cursor(all.get(start)));
        ObjectNode links = answer.putObject("_links");
        links.putObject("self").put("href", url.get() + EMPLOYEES + (query == null ? "" : "?" + query));
        if (next != null) {
            links.putObject("next")
                    .put(
                            "href",
                            url.get() + EMPLOYEES + "?page%5Blimit%5D=" + limit
                                    + (ids == null
                                            ? ""
                                            : "&filter%5Bids%5D="
                                                    + URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8))
                                    + "&page%5Bafter%5D="
                                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return Response.json(answer);
    }

    private ObjectNode record(ObjectNode employee, List<String> fields, Set<String> restrictedFields) {
        ObjectNode out = Json.object();
        List<String> restricted = new ArrayList<>();
        for (String field : fields) {
            if (restrictedFields.contains(field) && !field.equals("employeeId")) {
                out.putNull(field);
                restricted.add(field);
            } else if (field.equals("photoUrl")) {
                out.put(
                        field,
                        url.get() + "/photos/" + employee.get("employeeId").asText() + ".jpg");
            } else {
                out.set(field, employee.has(field) ? employee.get(field) : Json.MAPPER.nullNode());
            }
        }
        if (!restricted.isEmpty()) {
            restricted.forEach(out.putArray("_restrictedFields")::add);
        }
        return out;
    }

    /**
     * The ids {@code filter[ids]} names in either documented form, or null without the filter. BambooHR
     * documents the ids as integers and no answer for a filter naming none, so both are refused here
     * rather than guessed.
     */
    private static Set<String> ids(String query) {
        if (query == null) {
            return null;
        }
        Set<String> ids = null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (!key.equals("filter[ids]") && !key.equals("filter[ids][]")) {
                continue;
            }
            ids = ids == null ? new TreeSet<>() : ids;
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            for (String id : value.split(",")) {
                if (!id.strip().matches("\\d+")) {
                    throw ApiException.badRequest(
                            "BadRequest: filter[ids] must list employee ids, got '" + value + "'");
                }
                ids.add(id.strip());
            }
        }
        return ids;
    }

    private static int limit(String raw) {
        if (raw == null) {
            return 250;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= 2500) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ApiException.badRequest("BadRequest: page[limit] must be between 1 and 2500");
    }

    /** Where the page after the cursor's boundary employee starts; a boundary that is gone is BadPage. */
    private static int start(List<ObjectNode> all, String after) {
        if (after == null) {
            return 0;
        }
        String boundary;
        try {
            boundary = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("BadPage: the cursor is malformed");
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get("employeeId").asText().equals(boundary)) {
                return i + 1;
            }
        }
        throw ApiException.badRequest("BadPage: the boundary employee changed");
    }

    private static String cursor(ObjectNode employee) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(employee.get("employeeId").asText().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }
}
