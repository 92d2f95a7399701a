package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a Personio seed file: {@code {"employees": [{"id": 1001, "email": ..., "status": ...}, ...]}}
 * with Personio's attribute keys. Every error names the file and the entry.
 */
final class PersonioSeed {
    private static final Set<String> STATUSES = Set.of("active", "onboarding", "leave", "inactive");
    private final Path file;

    PersonioSeed(Path file) {
        this.file = file;
    }

    PersonioTenant load() {
        JsonNode employees = read().path("employees");
        if (!employees.isArray()) {
            throw error("'employees' must be an array");
        }
        PersonioTenant tenant = new PersonioTenant();
        for (int i = 0; i < employees.size(); i++) {
            JsonNode e = employees.get(i);
            String where = "employees[" + i + "]";
            if (!e.path("id").canConvertToInt()) {
                throw error(where + ": 'id' must be a number");
            }
            String status = text(e, "status");
            if (!STATUSES.contains(status)) {
                throw error(where + ": status '" + status + "' is not one of " + STATUSES);
            }
            try {
                tenant.add(new PersonioPerson(
                        e.path("id").asInt(),
                        text(e, "first_name"),
                        text(e, "last_name"),
                        text(e, "email"),
                        status,
                        text(e, "department"),
                        text(e, "office"),
                        text(e, "position"),
                        text(e, "employment_type"),
                        text(e, "subcompany"),
                        text(e, "cost_center"),
                        e.path("supervisor_id").canConvertToInt()
                                ? e.path("supervisor_id").asInt()
                                : null,
                        text(e, "hire_date"),
                        text(e, "termination_date")));
            } catch (IllegalArgumentException duplicate) {
                throw error(where + ": " + duplicate.getMessage());
            }
        }
        return tenant;
    }

    private JsonNode read() {
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw error("expected a JSON object with 'employees'");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw error("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + file + ": cannot be read", e);
        }
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("seed file " + file + ": " + message);
    }
}
