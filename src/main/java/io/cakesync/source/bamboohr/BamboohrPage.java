package io.cakesync.source.bamboohr;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cakesync.source.SourceException;

/** One page of the employee list: its records, {@code meta.total}, and the cursor of the next page (null on the last). */
record BamboohrPage(List<JsonNode> employees, long total, String nextCursor) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static BamboohrPage parse(String body, int number) {
        String where = "BambooHR employee list, page " + number;
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new SourceException(where + ": not complete JSON (cut off in transit?): " + e.getOriginalMessage());
        }
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isArray()) {
            throw new SourceException(where + ": no data array");
        }
        JsonNode total = root.path("meta").path("total");
        if (!total.isIntegralNumber() || total.asLong() < 0) {
            throw new SourceException(where + ": no meta.total, so the read cannot be proven complete");
        }
        JsonNode next = root.path("meta").path("page").path("nextCursor");
        if (!next.isMissingNode() && !next.isNull() && !next.isTextual()) {
            throw new SourceException(where + ": meta.page.nextCursor is not a string: " + next);
        }
        List<JsonNode> employees = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            JsonNode e = data.get(i);
            if (!e.isObject()
                    || !e.path("employeeId").isValueNode()
                    || e.path("employeeId").asText().isBlank()) {
                throw new SourceException(where + ": data[" + i + "] is not an employee with an employeeId");
            }
            employees.add(e);
        }
        String cursor = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
        return new BamboohrPage(employees, total.asLong(), cursor);
    }
}
