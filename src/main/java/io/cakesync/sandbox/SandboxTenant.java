package io.cakesync.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of an in-memory Cakewalk tenant: users, groups and memberships, all in insertion
 * order so that pagination is stable. Thread-safe: every access holds the tenant's lock, so an
 * API write is atomic with respect to concurrent reads and to direct manipulation by tests.
 */
public final class SandboxTenant {

    private final Map<String, SandboxUser> users = new LinkedHashMap<>();
    private final Map<String, SandboxGroup> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    /** Lower-cased email to user id, so that seeding a 50,000-user tenant is not quadratic. */
    private final Map<String, String> idsByEmail = new HashMap<>();

    public static SandboxTenant fromSeed(Path json) {
        return new SeedLoader(json).load();
    }

    public synchronized void addUser(String id, String name, String email, String statusName, String roleName) {
        String key = Uuids.require(id, "user id");
        if (users.containsKey(key)) {
            throw new IllegalArgumentException("duplicate user id " + key);
        }
        if (userIdByEmail(email).isPresent()) {
            throw new IllegalArgumentException("duplicate user email " + email);
        }
        users.put(
                key,
                new SandboxUser(
                        key,
                        requireText(name, "name"),
                        requireText(email, "email"),
                        requireText(statusName, "statusName"),
                        requireText(roleName, "roleName")));
        idsByEmail.put(email.toLowerCase(Locale.ROOT), key);
    }

    public synchronized void addGroup(String id, String name, String syncSource) {
        String key = Uuids.require(id, "group id");
        if (groups.containsKey(key)) {
            throw new IllegalArgumentException("duplicate group id " + key);
        }
        groups.put(key, new SandboxGroup(key, requireText(name, "name"), requireText(syncSource, "syncSource")));
        members.put(key, new LinkedHashSet<>());
    }

    /** Empties the tenant, so that one running server can serve one scenario after another. */
    public synchronized void clear() {
        users.clear();
        idsByEmail.clear();
        groups.clear();
        members.clear();
    }

    /** Direct manipulation, bypassing the API rules (read-only groups included). */
    public synchronized void addMember(String groupId, String userId) {
        String user = Uuids.require(userId, "user id");
        if (!users.containsKey(user)) {
            throw new IllegalArgumentException("unknown user " + userId);
        }
        membersOf(groupId).add(user);
    }

    /** Direct manipulation, e.g. to simulate an admin removing someone by hand. */
    public synchronized void removeMember(String groupId, String userId) {
        membersOf(groupId).remove(Uuids.require(userId, "user id"));
    }

    public synchronized Set<String> members(String groupId) {
        return Set.copyOf(membersOf(groupId));
    }

    public synchronized Optional<String> userIdByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(idsByEmail.get(email.trim().toLowerCase(Locale.ROOT)));
    }

    public synchronized List<SandboxUser> users() {
        return List.copyOf(users.values());
    }

    public synchronized List<SandboxGroup> groups() {
        return List.copyOf(groups.values());
    }

    synchronized List<SandboxUser> memberUsers(String groupId) {
        return group(groupId)
                .map(g -> members.get(g.id()).stream().map(users::get).toList())
                .orElseThrow(() -> ApiException.notFound("users group " + groupId + " was not found"));
    }

    /** The API's all-or-nothing add: every id is checked before anything changes. */
    synchronized void addMembersViaApi(String groupId, Collection<String> userIds, String triggeredByUserId) {
        SandboxGroup group = writableGroup(groupId);
        SandboxUser trigger = users.get(triggeredByUserId);
        if (trigger == null) {
            throw ApiException.badRequest("triggeredByUserId " + triggeredByUserId + " is not a user of this tenant");
        }
        if (!trigger.isAdmin()) {
            throw ApiException.badRequest("triggeredByUserId " + triggeredByUserId + " is not an admin user");
        }
        List<String> unknown = new ArrayList<>(userIds);
        unknown.removeIf(users::containsKey);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("users not found: " + String.join(", ", unknown));
        }
        members.get(group.id()).addAll(userIds);
    }

    synchronized void removeMemberViaApi(String groupId, String userId) {
        SandboxGroup group = writableGroup(groupId);
        if (!members.get(group.id()).remove(userId)) {
            throw ApiException.notFound("user " + userId + " is not a member of users group " + groupId);
        }
    }

    private SandboxGroup writableGroup(String groupId) {
        SandboxGroup group =
                group(groupId).orElseThrow(() -> ApiException.notFound("users group " + groupId + " was not found"));
        if (group.readOnly()) {
            throw ApiException.badRequest("users group " + group.name() + " (" + group.id() + ") is synced from "
                    + group.syncSource() + " and read-only");
        }
        return group;
    }

    private Optional<SandboxGroup> group(String groupId) {
        return Uuids.canonical(groupId).map(groups::get);
    }

    private Set<String> membersOf(String groupId) {
        return group(groupId)
                .map(g -> members.get(g.id()))
                .orElseThrow(() -> new IllegalArgumentException("unknown group " + groupId));
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
