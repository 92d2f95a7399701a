package io.cakesync.source.hibob;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One employee of a search answer. A field id is a path ({@code work.department}); HiBob nests the
 * value along it, puts {@code root.*} fields at the top level, and with humanReadable=APPEND repeats
 * the field under {@code humanReadable} with list item names instead of ids. Older answers carry a
 * flat key instead ({@code "/work/department": {"value": ...}}); both are read.
 */
record HibobPerson(JsonNode node) {

    String id() {
        return text(HibobFields.ID);
    }

    /** Whether the answer carries the field at all; a field the service user may not read is simply absent. */
    boolean has(String fieldId) {
        return at(node, fieldId) != null || node.has(flatKey(fieldId));
    }

    /** The field's value as text; null when absent, null or not a scalar. */
    String text(HibobField field) {
        if (field.byName()) {
            String name = scalar(at(node.path("humanReadable"), field.id()));
            if (name != null) {
                return name;
            }
        }
        JsonNode value = at(node, field.id());
        if (value == null) {
            JsonNode flat = node.get(flatKey(field.id()));
            value = flat != null && flat.isObject() ? flat.get("value") : flat;
        }
        return scalar(value);
    }

    /** The node at the path: present with a null value counts as present (an empty field, or no manager). */
    private static JsonNode at(JsonNode from, String fieldId) {
        String[] path = fieldId.split("\\.");
        JsonNode current = from;
        int start = path[0].equals("root") && !from.has("root") ? 1 : 0;
        for (int i = start; i < path.length; i++) {
            if (current == null || !current.isObject() || !current.has(path[i])) {
                return null;
            }
            current = current.get(path[i]);
            if (current.isNull()) {
                return current;
            }
        }
        return current;
    }

    private static String flatKey(String fieldId) {
        return "/" + fieldId.replace('.', '/');
    }

    private static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }
}
