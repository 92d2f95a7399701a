package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.SourceException;

/** One answer of {@code GET /v1/company/employees}: its employees and the paging metadata Personio documents. */
record EmployeesPage(List<JsonNode> items, int total, int currentPage, int totalPages, Integer limit) {

    static EmployeesPage of(JsonNode root, int offset) {
        JsonNode data = root.path("data");
        JsonNode metadata = root.path("metadata");
        String where = PersonioCalls.EMPLOYEES + "?offset=" + offset;
        if (!data.isArray()) {
            throw new SourceException("Personio answered " + where + " without a 'data' list");
        }
        List<JsonNode> items = new ArrayList<>();
        data.forEach(items::add);
        return new EmployeesPage(
                items,
                number(metadata, "total_elements", where),
                number(metadata, "current_page", where),
                number(metadata, "total_pages", where),
                root.path("limit").canConvertToInt() ? root.path("limit").asInt() : null);
    }

    /** Personio's end marker: the page numbered total_pages - 1 (pages count from 0). */
    boolean last() {
        return currentPage >= totalPages - 1;
    }

    private static int number(JsonNode metadata, String field, String where) {
        JsonNode value = metadata.path(field);
        if (!value.canConvertToInt()) {
            throw new SourceException("Personio answered " + where + " without metadata." + field
                    + ", so the read cannot be proven complete");
        }
        return value.asInt();
    }
}
