package io.cakesync.cakewalk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/**
 * Reads every page of a list. Listings are not snapshots (paging is offset-based underneath), so items
 * are de-duplicated by id, first seen wins. A page that cannot be understood fails the whole read:
 * a partial list must never look like "these people are not members".
 */
final class Pages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Reads reads;

    Pages(Reads reads) {
        this.reads = reads;
    }

    <T> List<T> all(String label, Function<String, Response> page, Function<JsonNode, T> item, Function<T, String> id) {
        Map<String, T> items = new LinkedHashMap<>();
        Set<String> cursors = new HashSet<>();
        Optional<String> cursor = Optional.empty();
        do {
            String current = cursor.orElse(null);
            JsonNode root = parse(label, reads.get(label, () -> page.apply(current)));
            for (JsonNode node : data(label, root)) {
                T value = map(label, item, node);
                items.putIfAbsent(id.apply(value), value);
            }
            cursor = next(label, root);
            if (cursor.isPresent() && !cursors.add(cursor.get())) {
                throw unreadable(label, "cursor repeated, the listing would loop: " + cursor.get());
            }
        } while (cursor.isPresent());
        return new ArrayList<>(items.values());
    }

    private static JsonNode parse(String label, Reply reply) {
        try {
            return JSON.readTree(reply.body() == null ? "" : reply.body());
        } catch (JsonProcessingException e) {
            throw unreadable(label, "response is not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode data(String label, JsonNode root) {
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isArray()) {
            throw unreadable(label, "response has no data array");
        }
        return data;
    }

    private static <T> T map(String label, Function<JsonNode, T> item, JsonNode node) {
        try {
            return item.apply(node);
        } catch (IllegalArgumentException e) {
            throw unreadable(label, e.getMessage());
        }
    }

    private static Optional<String> next(String label, JsonNode root) {
        JsonNode next = root.path("links").path("next");
        if (next.isMissingNode() || next.isNull()) {
            return Optional.empty();
        }
        if (!next.isTextual()) {
            throw unreadable(label, "links.next is not a string: " + next);
        }
        try {
            return NextCursor.from(next.asText());
        } catch (IllegalArgumentException e) {
            throw unreadable(label, e.getMessage());
        }
    }

    private static CakewalkUnavailable unreadable(String label, String why) {
        return new CakewalkUnavailable(label + ": " + why, 200, 1, null);
    }
}
