package io.cakesync.cakewalk;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the client has done since start: calls per endpoint label and HTTP status (0 = no response),
 * resends, 429 answers and time spent waiting. Diff two snapshots with {@link #minus(CallStats)}.
 */
public record CallStats(
        Map<String, Map<Integer, Long>> calls,
        long retries,
        long rateLimited,
        long limiterWaitMillis,
        long retryWaitMillis) {

    public static final String GET_USERS = "GET /Users";
    public static final String GET_GROUPS = "GET /UsersGroups";
    public static final String GET_MEMBERS = "GET /UsersGroups/{id}/Users";
    public static final String POST_MEMBERS = "POST /UsersGroups/{id}/Users";
    public static final String DELETE_MEMBER = "DELETE /UsersGroups/{id}/Users/{userId}";

    public CallStats {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        calls.forEach((label, byStatus) -> copy.put(label, Collections.unmodifiableMap(new TreeMap<>(byStatus))));
        calls = Collections.unmodifiableMap(copy);
    }

    public long calls(String label, int status) {
        return calls.getOrDefault(label, Map.of()).getOrDefault(status, 0L);
    }

    public long calls(String label) {
        return calls.getOrDefault(label, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public long totalCalls() {
        return calls.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Time spent not calling: client-side rate limit plus Retry-After and backoff. */
    public long waitMillis() {
        return limiterWaitMillis + retryWaitMillis;
    }

    /** The activity between {@code earlier} and this snapshot; zero counts are left out. */
    public CallStats minus(CallStats earlier) {
        Map<String, Map<Integer, Long>> diff = new TreeMap<>();
        calls.forEach((label, byStatus) -> byStatus.forEach((status, n) -> {
            long delta = n - earlier.calls(label, status);
            if (delta != 0) {
                diff.computeIfAbsent(label, l -> new TreeMap<>()).put(status, delta);
            }
        }));
        return new CallStats(
                diff,
                retries - earlier.retries,
                rateLimited - earlier.rateLimited,
                limiterWaitMillis - earlier.limiterWaitMillis,
                retryWaitMillis - earlier.retryWaitMillis);
    }
}
