package io.cakesync.cakewalk;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * List items to records. The list schemas are undocumented: unknown fields are ignored, known
 * alternatives are accepted, and an item without an id is refused rather than skipped.
 */
final class Items {
    private Items() {}

    static CakewalkUser user(JsonNode item) {
        String statusName = text(item, "statusName");
        if (statusName == null) {
            statusName = statusFromId(item.get("statusId"));
        }
        return new CakewalkUser(id(item, "id", "userId"), text(item, "name"), text(item, "email"), statusName);
    }

    static CakewalkGroup group(JsonNode item, List<String> writableSources) {
        String source = first(item, "syncSource", "source", "integrationSource");
        boolean flagged = item.path("isReadOnly").asBoolean(false)
                || item.path("readOnly").asBoolean(false);
        boolean foreign = source != null
                && !source.isBlank()
                && writableSources.stream().noneMatch(w -> w.strip().equalsIgnoreCase(source.strip()));
        return new CakewalkGroup(id(item, "id"), text(item, "name"), source, flagged || foreign);
    }

    /** Only the documented pairs; other ids stay unknown (null) so the planner treats them as ineligible. */
    private static String statusFromId(JsonNode statusId) {
        if (statusId == null || !statusId.canConvertToInt()) {
            return null;
        }
        return switch (statusId.asInt()) {
            case 1 -> "Active";
            case 2 -> "Invited";
            default -> null;
        };
    }

    private static String id(JsonNode item, String... fields) {
        String id = first(item, fields);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("item has no " + String.join(" or ", fields) + ": " + abbreviate(item));
        }
        return id;
    }

    private static String first(JsonNode item, String... fields) {
        for (String field : fields) {
            String value = text(item, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String abbreviate(JsonNode item) {
        String text = item.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
