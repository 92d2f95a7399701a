package io.cakesync.cakewalk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Deadline;

/**
 * Removes members with the deprecated one-user DELETE; the bulk endpoint Cakewalk announced can
 * replace this class alone. A lost answer is settled by re-reading the group before any resend.
 * A 404 does not say whether the member or the group is missing, so the group is re-read once:
 * only a missing member counts as done.
 */
final class Removes {
    private final CakewalkApi api;
    private final Exchange exchange;
    private final CallPolicy policy;
    private final MemberIds members;

    Removes(CakewalkApi api, Exchange exchange, CallPolicy policy, MemberIds members) {
        this.api = api;
        this.exchange = exchange;
        this.policy = policy;
        this.members = members;
    }

    List<WriteResult> remove(String groupId, List<String> userIds) {
        List<WriteResult> results = new ArrayList<>();
        GroupSeen group = new GroupSeen(groupId);
        for (String userId : new LinkedHashSet<>(userIds)) {
            Deadline deadline = exchange.deadline(CallStats.DELETE_MEMBER);
            try {
                results.add(removeOne(group, userId, deadline));
            } catch (Deadline.DeadlinePassed e) {
                results.add(new WriteResult(userId, WriteStatus.FAILED, e.status(), e.attempts(), e.getMessage()));
            }
        }
        return results;
    }

    private WriteResult removeOne(GroupSeen group, String userId, Deadline deadline) {
        String groupId = group.id;
        boolean mayHaveApplied = false;
        for (int attempt = 1; ; attempt++) {
            Reply reply = exchange.send(CallStats.DELETE_MEMBER, () -> api.removeMember(groupId, userId), deadline);
            if (reply.ok()) {
                return result(userId, WriteStatus.APPLIED, reply, attempt, null);
            }
            if (reply.status() == 404) {
                // After a lost answer, our own earlier DELETE is the likeliest reason the member is gone.
                if (mayHaveApplied) {
                    return result(userId, WriteStatus.APPLIED, reply, attempt, null);
                }
                String missingGroup = group.missing(reply);
                return missingGroup == null
                        ? result(userId, WriteStatus.ALREADY_DONE, reply, attempt, null)
                        : result(userId, WriteStatus.FAILED, reply, attempt, missingGroup);
            }
            if (reply.accessDenied()) {
                throw reply.denied(CallStats.DELETE_MEMBER);
            }
            if (reply.outcomeUnknown()) {
                mayHaveApplied = true;
                try {
                    if (!members.of(groupId).contains(userId)) {
                        return result(
                                userId,
                                WriteStatus.APPLIED,
                                reply,
                                attempt,
                                "confirmed by re-reading the group after " + reply.describe());
                    }
                } catch (CakewalkUnavailable e) {
                    return result(
                            userId,
                            WriteStatus.FAILED,
                            reply,
                            attempt,
                            "outcome unknown after " + reply.describe() + "; re-reading the group failed: "
                                    + e.getMessage());
                }
            } else if (!reply.rateLimited()) {
                return result(userId, WriteStatus.FAILED, reply, attempt, reply.describe());
            }
            if (attempt >= policy.maxAttempts()) {
                return result(
                        userId,
                        WriteStatus.FAILED,
                        reply,
                        attempt,
                        reply.describe() + " (gave up after " + attempt + " attempts)");
            }
            policy.beforeResend(reply.rateLimited(), reply.retryAfter(), attempt, deadline);
        }
    }

    /** What re-reading the group told about a 404, kept for the rest of this group's removals. */
    private final class GroupSeen {
        private final String id;
        private boolean exists;
        private String gone;

        GroupSeen(String id) {
            this.id = id;
        }

        /** Null when the group exists, so the member was not in it; otherwise the error to report. */
        String missing(Reply notFound) {
            if (exists || gone != null) {
                return gone;
            }
            try {
                members.of(id);
                exists = true;
                return null;
            } catch (CakewalkUnavailable e) {
                if (!Integer.valueOf(404).equals(e.status())) {
                    return "HTTP 404 on DELETE, and re-reading the group to tell a missing member from a missing "
                            + "group failed: " + e.getMessage();
                }
                gone = "users group " + id + " was not found in Cakewalk (deleted, or the mapping names the wrong "
                        + "group): " + notFound.describe();
                return gone;
            }
        }
    }

    private static WriteResult result(String userId, WriteStatus status, Reply reply, int attempts, String error) {
        return new WriteResult(userId, status, reply.httpStatus(), attempts, error);
    }
}
