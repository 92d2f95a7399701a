package io.cakesync.cakewalk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects one result per user id and returns them in the caller's order, whatever order they settled in. */
final class WriteResults {
    private final List<String> order;
    private final Map<String, WriteResult> byId = new HashMap<>();

    WriteResults(List<String> order) {
        this.order = order;
    }

    void one(String userId, WriteStatus status, Reply reply, int attempts, String error) {
        byId.put(userId, new WriteResult(userId, status, reply.httpStatus(), attempts, error));
    }

    void all(List<String> userIds, WriteStatus status, Reply reply, int attempts, String error) {
        userIds.forEach(id -> one(id, status, reply, attempts, error));
    }

    /** Like {@link #all}, for the ids that have no result yet. */
    void missing(List<String> userIds, WriteStatus status, Integer httpStatus, int attempts, String error) {
        userIds.stream()
                .filter(id -> !byId.containsKey(id))
                .forEach(id -> byId.put(id, new WriteResult(id, status, httpStatus, attempts, error)));
    }

    List<WriteResult> inOrder() {
        List<WriteResult> results = new ArrayList<>(order.size());
        order.forEach(id -> results.add(byId.get(id)));
        return results;
    }
}
