package io.cakesync.cakewalk;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters behind {@link CallStats}. */
final class CallCounter {
    private final Map<String, Map<Integer, LongAdder>> calls = new ConcurrentHashMap<>();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder limiterWaitNanos = new LongAdder();
    private final LongAdder retryWaitNanos = new LongAdder();

    void call(String label, int status) {
        calls.computeIfAbsent(label, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder()).increment();
        if (status == 429) {
            rateLimited.increment();
        }
    }

    void limiterWait(Duration wait) {
        limiterWaitNanos.add(wait.toNanos());
    }

    void retry(Duration wait) {
        retries.increment();
        retryWaitNanos.add(wait.toNanos());
    }

    CallStats snapshot() {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        calls.forEach((label, byStatus) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((status, n) -> counts.put(status, n.sum()));
            copy.put(label, counts);
        });
        return new CallStats(copy, retries.sum(), rateLimited.sum(),
                limiterWaitNanos.sum() / 1_000_000, retryWaitNanos.sum() / 1_000_000);
    }
}
