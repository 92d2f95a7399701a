package io.cakesync.cakewalk;

import io.cakesync.http.CallPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Removes members with the deprecated one-user DELETE; the bulk endpoint Cakewalk announced can
 * replace this class alone. A lost answer is settled by re-reading the group before any resend.
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
        for (String userId : new LinkedHashSet<>(userIds)) {
            results.add(removeOne(groupId, userId));
        }
        return results;
    }

    private WriteResult removeOne(String groupId, String userId) {
        boolean mayHaveApplied = false;
        for (int attempt = 1;; attempt++) {
            Reply reply = exchange.send(CallStats.DELETE_MEMBER, () -> api.removeMember(groupId, userId));
            if (reply.ok()) {
                return result(userId, WriteStatus.APPLIED, reply, attempt, null);
            }
            if (reply.status() == 404) {
                // After a lost answer, our own earlier DELETE is the likeliest reason the member is gone.
                return result(userId, mayHaveApplied ? WriteStatus.APPLIED : WriteStatus.ALREADY_DONE, reply, attempt, null);
            }
            if (reply.accessDenied()) {
                throw reply.denied(CallStats.DELETE_MEMBER);
            }
            if (reply.outcomeUnknown()) {
                mayHaveApplied = true;
                try {
                    if (!members.of(groupId).contains(userId)) {
                        return result(userId, WriteStatus.APPLIED, reply, attempt,
                                "confirmed by re-reading the group after " + reply.describe());
                    }
                } catch (CakewalkUnavailable e) {
                    return result(userId, WriteStatus.FAILED, reply, attempt,
                            "outcome unknown after " + reply.describe() + "; re-reading the group failed: " + e.getMessage());
                }
            } else if (!reply.rateLimited()) {
                return result(userId, WriteStatus.FAILED, reply, attempt, reply.describe());
            }
            if (attempt >= policy.maxAttempts()) {
                return result(userId, WriteStatus.FAILED, reply, attempt,
                        reply.describe() + " (gave up after " + attempt + " attempts)");
            }
            policy.beforeResend(reply.rateLimited(), reply.retryAfter(), attempt);
        }
    }

    private static WriteResult result(String userId, WriteStatus status, Reply reply, int attempts, String error) {
        return new WriteResult(userId, status, reply.httpStatus(), attempts, error);
    }
}
