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
            addUser(tenant, users.get(i), "users[" + i + "]");
        }
        JsonNode groups = array(root, "groups");
        for (int i = 0; i < groups.size(); i++) {
            addGroup(tenant, groups.get(i), "groups[" + i + "]");
        }
        return tenant;
    }

    private void addUser(SandboxTenant tenant, JsonNode user, String where) {
        String id = text(user, "id", where);
        String name = text(user, "name", where);
        String email = text(user, "email", where);
        String status = text(user, "status", where);
        String role = text(user, "role", where);
        apply(where, () -> tenant.addUser(id, name, email, status, role));
    }

    private void addGroup(SandboxTenant tenant, JsonNode group, String where) {
        String id = text(group, "id", where);
        String name = text(group, "name", where);
        String syncSource = text(group, "syncSource", where);
        apply(where, () -> tenant.addGroup(id, name, syncSource));
        String entry = where + " (" + name + ")";
        JsonNode members = group.path("members");
        if (!members.isMissingNode() && !members.isArray()) {
            throw error(entry + ": 'members' must be an array of emails");
        }
        for (JsonNode member : members) {
            if (!member.isTextual()) {
                throw error(entry + ": member " + member + " is not an email string");
            }
            String email = member.asText();
            String userId = tenant.userIdByEmail(email)
                    .orElseThrow(() -> error(entry + ": member '" + email + "' is not the email of any user"));
            tenant.addMember(id, userId);
        }
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
