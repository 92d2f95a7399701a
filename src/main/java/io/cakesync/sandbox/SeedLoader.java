package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a tenant seed file. Members are listed by email so the file stays readable next to an HR
 * export. Every error names the file and the offending entry, because a demo that fails with a
 * bare NullPointerException wastes an afternoon.
 */
final class SeedLoader {

    private final Path file;

    SeedLoader(Path file) {
        this.file = file;
    }

    SandboxTenant load() {
        JsonNode root = read();
        SandboxTenant tenant = new SandboxTenant();
        JsonNode users = array(root, "users");
        for (int i = 0; i < users.size(); i++) {
            JsonNode u = users.get(i);
            String where = "users[" + i + "]";
            String id = text(u, "id", where);
            String name = text(u, "name", where);
            String email = text(u, "email", where);
            String status = text(u, "status", where);
            String role = text(u, "role", where);
            apply(where, () -> tenant.addUser(id, name, email, status, role));
        }
        JsonNode groups = array(root, "groups");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String where = "groups[" + i + "]";
            String id = text(g, "id", where);
            String name = text(g, "name", where);
            String syncSource = text(g, "syncSource", where);
            apply(where, () -> tenant.addGroup(id, name, syncSource));
            JsonNode members = g.path("members");
            if (!members.isMissingNode() && !members.isArray()) {
                throw error(where + " (" + name + "): 'members' must be an array of emails");
            }
            for (JsonNode m : members) {
                if (!m.isTextual()) {
                    throw error(where + " (" + name + "): member " + m + " is not an email string");
                }
                String email = m.asText();
                String userId = tenant.userIdByEmail(email).orElseThrow(() -> error(
                        where + " (" + name + "): member '" + email + "' is not the email of any user"));
                tenant.addMember(id, userId);
            }
        }
        return tenant;
    }

    private JsonNode read() {
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw error("expected a JSON object with 'users' and 'groups'");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("seed file " + file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + file + ": cannot be read", e);
        }
    }

    private JsonNode array(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (!node.isArray()) {
            throw error("'" + field + "' must be an array");
        }
        return node;
    }

    private String text(JsonNode entry, String field, String where) {
        JsonNode node = entry.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(where + ": '" + field + "' is missing or not a non-blank string");
        }
        return node.asText();
    }

    private void apply(String where, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw error(where + ": " + e.getMessage());
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("seed file " + file + ": " + message);
    }
}
