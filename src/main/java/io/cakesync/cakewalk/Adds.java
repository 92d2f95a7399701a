package io.cakesync.cakewalk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Deadline;

/**
 * Adds members, one POST per chunk. A 400/404 on several ids is narrowed by halving so one bad id
 * cannot fail the rest; a 5xx or lost response is settled by re-reading the group, and only the ids
 * still missing are sent again: there is no idempotency key, so a blind resend could double the
 * access requests Cakewalk creates.
 */
final class Adds {
    private final CakewalkApi api;
    private final Exchange exchange;
    private final CallPolicy policy;
    private final MemberIds members;
    private final CakewalkConfig config;

    Adds(CakewalkApi api, Exchange exchange, CallPolicy policy, MemberIds members, CakewalkConfig config) {
        this.api = api;
        this.exchange = exchange;
        this.policy = policy;
        this.members = members;
        this.config = config;
    }

    List<WriteResult> add(String groupId, List<String> userIds) {
        String triggeredBy = Credentials.triggeredByUserId(config);
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(userIds));
        WriteResults results = new WriteResults(ids);
        int size = config.batchSize();
        if (size < 1) {
            throw new IllegalStateException(
                    "cakewalk.batch-size (CAKEWALK_BATCH_SIZE) must be at least 1, was " + size);
        }
        for (int from = 0; from < ids.size(); from += size) {
            chunk(groupId, triggeredBy, ids.subList(from, Math.min(from + size, ids.size())), 0, results);
        }
        return results.inOrder();
    }

    /** {@code carried}: calls that already carried these ids before they were split off. */
    private void chunk(String groupId, String triggeredBy, List<String> ids, int carried, WriteResults results) {
        Deadline deadline = exchange.deadline(CallStats.POST_MEMBERS);
        try {
            send(groupId, triggeredBy, ids, carried, results, deadline);
        } catch (Deadline.DeadlinePassed e) {
            // Only ids not yet settled are left without a result: they were not confirmed added.
            results.missing(ids, WriteStatus.FAILED, e.status(), carried + e.attempts(), e.getMessage());
        }
    }

    private void send(
            String groupId,
            String triggeredBy,
            List<String> ids,
            int carried,
            WriteResults results,
            Deadline deadline) {
        List<String> pending = ids;
        for (int attempt = 1; ; attempt++) {
            List<String> sent = List.copyOf(pending);
            AddUsersBody body = new AddUsersBody(sent, triggeredBy, config.implicitlyApproveRequests());
            Reply reply = exchange.send(CallStats.POST_MEMBERS, () -> api.addMembers(groupId, body), deadline);
            int calls = carried + attempt;
            if (reply.ok()) {
                results.all(sent, WriteStatus.APPLIED, reply, calls, null);
                return;
            }
            if (reply.accessDenied()) {
                throw reply.denied(CallStats.POST_MEMBERS);
            }
            if ((reply.status() == 400 || reply.status() == 404) && sent.size() > 1) {
                int half = sent.size() / 2;
                chunk(groupId, triggeredBy, sent.subList(0, half), calls, results);
                chunk(groupId, triggeredBy, sent.subList(half, sent.size()), calls, results);
                return;
            }
            if (reply.outcomeUnknown()) {
                pending = settle(groupId, sent, reply, calls, results);
                if (pending.isEmpty()) {
                    return;
                }
            } else if (!reply.rateLimited()) {
                results.all(sent, WriteStatus.FAILED, reply, calls, reply.describe());
                return;
            }
            if (attempt >= policy.maxAttempts()) {
                results.all(
                        pending,
                        WriteStatus.FAILED,
                        reply,
                        calls,
                        reply.describe() + " (gave up after " + attempt + " attempts)");
                return;
            }
            policy.beforeResend(reply.rateLimited(), reply.retryAfter(), attempt, deadline);
        }
    }

    /** Marks the ids the group now has as applied and returns the ones still missing. */
    private List<String> settle(String groupId, List<String> sent, Reply reply, int calls, WriteResults results) {
        Set<String> present;
        try {
            present = members.of(groupId);
        } catch (CakewalkUnavailable e) {
            results.all(
                    sent,
                    WriteStatus.FAILED,
                    reply,
                    calls,
                    "outcome unknown after " + reply.describe() + "; re-reading the group failed: " + e.getMessage());
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String id : sent) {
            if (present.contains(id)) {
                results.one(
                        id,
                        WriteStatus.APPLIED,
                        reply,
                        calls,
                        "confirmed by re-reading the group after " + reply.describe());
            } else {
                missing.add(id);
            }
        }
        return missing;
    }
}
