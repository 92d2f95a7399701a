package io.cakesync.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Open API endpoints the sandbox implements; paths are case-sensitive as documented. */
final class Routes {

    private static final String USERS = "/api/v1/Users";
    private static final String GROUPS = "/api/v1/UsersGroups";
    private static final Pattern GROUP_USERS = Pattern.compile("/api/v1/UsersGroups/([^/]+)/Users");
    private static final Pattern GROUP_USER = Pattern.compile("/api/v1/UsersGroups/([^/]+)/Users/([^/]+)");

    private final SandboxTenant tenant;
    private final Pager pager;

    Routes(SandboxTenant tenant, Pager pager) {
        this.tenant = tenant;
        this.pager = pager;
    }

    Response handle(String method, String path, String rawQuery, String body, String contentType) {
        String cursor = cursor(rawQuery);
        Matcher groupUsers = GROUP_USERS.matcher(path);
        Matcher groupUser = GROUP_USER.matcher(path);
        if (method.equals("GET") && path.equals(USERS)) {
            return pager.page(path, cursor, tenant.users(), Routes::user);
        }
        if (method.equals("GET") && path.equals(GROUPS)) {
            return pager.page(path, cursor, tenant.groups(), Routes::group);
        }
        if (method.equals("GET") && groupUsers.matches()) {
            return pager.page(path, cursor, tenant.memberUsers(groupUsers.group(1)), Routes::member);
        }
        if (method.equals("POST") && groupUsers.matches()) {
            return addUsers(groupUsers.group(1), body, contentType);
        }
        if (method.equals("DELETE") && groupUser.matches()) {
            return removeUser(groupUser.group(1), groupUser.group(2));
        }
        throw ApiException.notFound("no endpoint " + method + " " + path);
    }

    private Response addUsers(String groupId, String body, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "the request body must be sent as application/json");
        }
        AddUsersRequest request = AddUsersRequest.parse(body);
        tenant.addMembersViaApi(groupId, request.userIds(), request.triggeredByUserId());
        return Response.empty(201);
    }

    private Response removeUser(String groupId, String userId) {
        String user = Uuids.canonical(userId)
                .orElseThrow(
                        () -> ApiException.notFound("user " + userId + " is not a member of users group " + groupId));
        tenant.removeMemberViaApi(groupId, user);
        return Response.empty(204);
    }

    /** Only percent-escapes are decoded: a '+' is part of a base64 cursor, not a space. */
    private static String cursor(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("cursor=")) {
                try {
                    return URLDecoder.decode(pair.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("the cursor is not a valid query parameter value");
                }
            }
        }
        return null;
    }

    private static JsonNode user(SandboxUser u) {
        return member(u).put("roleName", u.roleName());
    }

    private static JsonNode group(SandboxGroup g) {
        return Json.object()
                .put("id", g.id())
                .put("name", g.name())
                .put("externalId", g.externalId())
                .put("syncSource", g.syncSource());
    }

    private static ObjectNode member(SandboxUser u) {
        return Json.object()
                .put("id", u.id())
                .put("name", u.name())
                .put("email", u.email())
                .put("statusId", u.statusId())
                .put("statusName", u.statusName());
    }
}
