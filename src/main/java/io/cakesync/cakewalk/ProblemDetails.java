package io.cakesync.cakewalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An RFC 7807 error body as Cakewalk (ASP.NET) sends it. The media type is undocumented and extra
 * members may appear, so anything that is not a JSON object becomes the detail, shortened.
 */
record ProblemDetails(String type, String title, Integer status, String detail, String errors) {
    static final int MAX_TEXT = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    static ProblemDetails parse(String body) {
        if (body == null || body.isBlank()) {
            return new ProblemDetails(null, null, null, null, null);
        }
        JsonNode node = readObject(body);
        if (node == null) {
            return new ProblemDetails(null, null, null, shorten(body.strip()), null);
        }
        JsonNode status = node.get("status");
        JsonNode errors = node.get("errors");
        return new ProblemDetails(
                text(node, "type"),
                text(node, "title"),
                status != null && status.canConvertToInt() ? status.intValue() : null,
                text(node, "detail"),
                errors == null || errors.isNull() ? null : shorten(errors.toString()));
    }

    /** The most useful human text: detail, else title, plus validation errors when present. */
    String message() {
        String main = detail != null ? detail : title;
        if (errors == null) {
            return main;
        }
        return main == null ? errors : main + " " + errors;
    }

    private static JsonNode readObject(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : shorten(value.asText());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
