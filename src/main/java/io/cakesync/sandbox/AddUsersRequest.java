package io.cakesync.sandbox;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /UsersGroups/{id}/Users}, validated like the real OpenAPI schema
 * {@code AddUsersToGroupRequestModelV1} with {@code additionalProperties: false}.
 */
record AddUsersRequest(List<String> userIds, String triggeredByUserId) {

    private static final Set<String> KEYS = Set.of("userIds", "triggeredByUserId", "implicitlyApproveRequests");

    static AddUsersRequest parse(String body) {
        JsonNode root = readObject(body);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw ApiException.badRequest("unknown property '" + name + "'; allowed are " + KEYS);
            }
        }
        JsonNode ids = root.get("userIds");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw ApiException.badRequest("'userIds' is required and must be a non-empty array of UUIDs");
        }
        Set<String> userIds = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            userIds.add(uuid(id, "userIds"));
        }
        JsonNode trigger = root.get("triggeredByUserId");
        if (trigger == null) {
            throw ApiException.badRequest("'triggeredByUserId' is required");
        }
        JsonNode approve = root.get("implicitlyApproveRequests");
        if (approve != null && !approve.isBoolean()) {
            throw ApiException.badRequest("'implicitlyApproveRequests' must be a boolean");
        }
        return new AddUsersRequest(List.copyOf(userIds), uuid(trigger, "triggeredByUserId"));
    }

    private static JsonNode readObject(String body) {
        try {
            JsonNode root = body.isBlank() ? null : Json.MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw ApiException.badRequest("the request body must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String uuid(JsonNode node, String field) {
        return Uuids.canonical(node.isTextual() ? node.asText() : null)
                .orElseThrow(
                        () -> ApiException.badRequest("'" + field + "' contains " + node + ", which is not a UUID"));
    }
}
