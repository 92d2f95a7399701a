package io.cakesync.cakewalk;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Thread-safe counters behind {@link CallStats}, mirrored to Micrometer's global registry (which
 * Quarkus exports at /q/metrics). Labels are endpoint templates and statuses: never ids or secrets.
 */
final class CallCounter {
    private final Map<String, Map<Integer, LongAdder>> calls = new ConcurrentHashMap<>();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder limiterWaitNanos = new LongAdder();
    private final LongAdder retryWaitNanos = new LongAdder();

    void call(String label, int status) {
        calls.computeIfAbsent(label, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder())
                .increment();
        Counter.builder("cakesync.cakewalk.calls")
                .description("Cakewalk API calls; status none = no response")
                .tag("endpoint", label)
                .tag("status", status == 0 ? "none" : Integer.toString(status))
                .register(Metrics.globalRegistry)
                .increment();
        if (status == 429) {
            rateLimited.increment();
            Counter.builder("cakesync.cakewalk.rate.limited")
                    .description("Calls Cakewalk answered with 429")
                    .register(Metrics.globalRegistry)
                    .increment();
        }
    }

    void limiterWait(Duration wait) {
        limiterWaitNanos.add(wait.toNanos());
        seconds("cakesync.cakewalk.rate.limit.wait", "Time held back by the client-side rate limit", wait);
    }

    void retry(Duration wait) {
        retries.increment();
        retryWaitNanos.add(wait.toNanos());
        Counter.builder("cakesync.cakewalk.retries")
                .description("Calls sent again after 429, 5xx or I/O error")
                .register(Metrics.globalRegistry)
                .increment();
        seconds("cakesync.cakewalk.retry.wait", "Time waited before retries (backoff, Retry-After)", wait);
    }

    CallStats snapshot() {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        calls.forEach((label, byStatus) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((status, n) -> counts.put(status, n.sum()));
            copy.put(label, counts);
        });
        return new CallStats(
                copy,
                retries.sum(),
                rateLimited.sum(),
                limiterWaitNanos.sum() / 1_000_000,
                retryWaitNanos.sum() / 1_000_000);
    }

    private static void seconds(String name, String description, Duration wait) {
        Counter.builder(name)
                .description(description)
                .baseUnit("seconds")
                .register(Metrics.globalRegistry)
                .increment(wait.toNanos() / 1e9);
    }
}
