package io.cakesync.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.RecordedRequest;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.BenchSandboxResource;
import io.cakesync.testing.Caches;
import io.cakesync.testing.History;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static org.awaitility.Awaitility.await;

/**
 * The events benchmark: a converged company of {@code bench.employees} people (default 10,000) in
 * {@code employees / 50} groups on the sandbox, synced once in full; then terminations arrive as
 * signed events, one a second for {@code bench.event-seconds} (300), and then as a burst of
 * {@code bench.burst} (200). Each event is timed from its 202 to the moment the daemon recorded its
 * removal as APPLIED (right after Cakewalk answered the DELETE). Not part of {@code ./mvnw verify}:
 * {@code ./mvnw test -Pbenchmark -Dtest=EventBenchmark -Dbench.latency-ms=50 -Dbench.rate-limit=900}.
 */
@QuarkusTest
@TestProfile(EventBenchProfile.class)
@Tag("benchmark")
class EventBenchmark {
    @Inject
    SyncRunner runner;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "cakewalk.rate-limit-per-minute")
    int ratePerMinute;

    SandboxServer sandbox = BenchSandboxResource.server();
    int employees = Integer.getInteger("bench.employees", 10_000);
    int groups = Math.max(5, employees / 50);
    boolean[] terminated = new boolean[employees];

    @Test
    void terminationsReachCakewalkWithinSeconds() throws Exception {
        seedConvergedCompany();
        History.forget(dataSource);
        Deliveries.forgetEvents(dataSource);
        Caches.forget(dataSource);
        long t0 = System.nanoTime();
        RunStatus first = runner.runNow(Trigger.CLI, false).orElseThrow().status();
        double fullSeconds = (System.nanoTime() - t0) / 1e9;

        int seconds = Integer.getInteger("bench.event-seconds", 300);
        int burst = Integer.getInteger("bench.burst", 200);
        Phase stream = stream(seconds);
        Phase spike = burst(seconds, burst);

        String report = String.format(
                Locale.ROOT,
                """

                ### Events: %,d employees, %d groups; latency %s ms per call, client limit %d/min, sandbox limit %s/min

                first full sync (snapshot for the events): %s in %.1f s; coalescing %s

                | load | events | targeted runs | events per run (max) | p50 s | p95 s | max s | calls per event | GET users | GET members | GET group list | DELETE | 429s |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|
                %s
                %s
                """,
                employees,
                groups,
                System.getProperty("bench.latency-ms", "2"),
                ratePerMinute,
                System.getProperty("bench.sandbox-limit", "1000"),
                first,
                fullSeconds,
                "2s",
                stream.row("1 event/s for " + seconds + " s"),
                spike.row("burst of " + burst));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-events-" + employees + ".md"), report);
    }

    /** One termination a second, each a signed event posted after HR says so. */
    private Phase stream(int seconds) throws Exception {
        sandbox.clearRequests();
        long refused = sandbox.rateLimitedResponses();
        Map<String, Instant> accepted = new ConcurrentHashMap<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int[] next = {0};
        ticker.scheduleAtFixedRate(
                () -> {
                    if (next[0] < seconds) {
                        int person = personFor(next[0]++);
                        terminate(List.of(person));
                        post(person, accepted);
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        awaitRemovals(accepted, seconds, Duration.ofSeconds(seconds + 120));
        ticker.shutdownNow();
        return measure(accepted, sandbox.requests(), sandbox.rateLimitedResponses() - refused);
    }

    /** A burst: HR terminates them all at once, and their events are posted as fast as four senders can. */
    private Phase burst(int offset, int size) throws Exception {
        sandbox.clearRequests();
        long refused = sandbox.rateLimitedResponses();
        List<Integer> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(personFor(offset + i));
        }
        terminate(people);
        Map<String, Instant> accepted = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        people.forEach(p -> senders.submit(() -> post(p, accepted)));
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        awaitRemovals(accepted, size, Duration.ofMinutes(5));
        return measure(accepted, sandbox.requests(), sandbox.rateLimitedResponses() - refused);
    }

    /** Spreads the terminated people over the groups: the n-th is in group n % groups. */
    private int personFor(int n) {
        return (n % groups) + groups * (n / groups + 1);
    }

    private void post(int person, Map<String, Instant> accepted) {
        Deliveries.generic(Deliveries.event("bench-" + person, Deliveries.employee("E" + person)), Instant.now())
                .statusCode(202);
        accepted.put("E" + person, Instant.now());
    }

    private void awaitRemovals(Map<String, Instant> accepted, int expected, Duration timeout) {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> accepted.size() >= expected
                        && removedAt(accepted.keySet()).size() >= expected);
    }

    private Phase measure(Map<String, Instant> accepted, List<RecordedRequest> requests, long rateLimited) {
        Map<String, OffsetDateTime> removed = removedAt(accepted.keySet());
        List<Double> latencies = new ArrayList<>();
        accepted.forEach((person, at) -> latencies.add(
                Duration.between(at, removed.get(person).toInstant()).toMillis() / 1000.0));
        Collections.sort(latencies);
        Map<String, Long> calls = new HashMap<>();
        for (RecordedRequest r : requests) {
            String key = !r.method().equals("GET")
                    ? r.method()
                    : r.path().equals("/api/v1/UsersGroups")
                            ? "groups"
                            : r.path().equals("/api/v1/Users") ? "users" : "members";
            calls.merge(key, 1L, Long::sum);
        }
        List<Integer> perRun = eventsPerRun(accepted.keySet());
        return new Phase(
                accepted.size(),
                perRun.size(),
                perRun.stream().mapToInt(Integer::intValue).max().orElse(0),
                percentile(latencies, 50),
                percentile(latencies, 95),
                latencies.get(latencies.size() - 1),
                calls,
                rateLimited);
    }

    record Phase(
            int events,
            int runs,
            int maxPerRun,
            double p50,
            double p95,
            double max,
            Map<String, Long> calls,
            long rateLimited) {
        String row(String load) {
            long total = calls.values().stream().mapToLong(Long::longValue).sum();
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f (%d) | %.1f | %.1f | %.1f | %.2f | %d | %d | %d | %d | %d |",
                    load,
                    events,
                    runs,
                    (double) events / runs,
                    maxPerRun,
                    p50,
                    p95,
                    max,
                    (double) total / events,
                    calls.getOrDefault("users", 0L),
                    calls.getOrDefault("members", 0L),
                    calls.getOrDefault("groups", 0L),
                    calls.getOrDefault("DELETE", 0L),
                    rateLimited);
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private Map<String, OffsetDateTime> removedAt(Set<String> people) {
        String sql = "SELECT c.employee_id, min(c.decided_at) FROM sync_change c JOIN sync_run r ON r.id = c.run_id "
                + "WHERE r.trigger = 'EVENT' AND c.action = 'REMOVE' AND c.outcome = 'APPLIED' AND c.employee_id = ANY (?) "
                + "GROUP BY c.employee_id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", people.toArray()));
            Map<String, OffsetDateTime> removed = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    removed.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
                }
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of these people's events each targeted run took. */
    private List<Integer> eventsPerRun(Set<String> people) {
        String sql = "SELECT run_id, count(*) FROM hr_event WHERE external_id = ANY (?) GROUP BY run_id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(
                    1,
                    c.createArrayOf(
                            "text",
                            people.stream().map(p -> "bench-" + p.substring(1)).toArray()));
            List<Integer> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(rs.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everyone active in the department of their group, and already a member of it. */
    private void seedConvergedCompany() {
        SandboxTenant tenant = sandbox.tenant();
        tenant.clear();
        sandbox.faults().clear();
        tenant.addUser(SandboxResource.SYNC_BOT, "Sync Bot", "sync-bot@acme.example", "Active", "Admin");
        StringBuilder mapping = new StringBuilder("groups:\n");
        for (int g = 0; g < groups; g++) {
            tenant.addGroup(Tenant.id(900_000 + g), "Group " + g, "Cakewalk");
            mapping.append("  - group: Group ")
                    .append(g)
                    .append("\n    departments: [Dept ")
                    .append(g)
                    .append("]\n");
        }
        for (int n = 0; n < employees; n++) {
            tenant.addUser(Tenant.id(1_000_000 + n), "Employee " + n, "e" + n + "@bench.example", "Active", "User");
            tenant.addMember(Tenant.id(900_000 + n % groups), Tenant.id(1_000_000 + n));
        }
        write(BenchSandboxResource.mappingFile(), mapping.toString());
        terminate(List.of());
    }

    /** Rewrites the HR export with these people terminated; atomically, as a reader may be reading it. */
    private synchronized void terminate(List<Integer> people) {
        people.forEach(p -> terminated[p] = true);
        StringBuilder hr = new StringBuilder(Tenant.HEADER).append('\n');
        for (int n = 0; n < employees; n++) {
            hr.append('E')
                    .append(n)
                    .append(",e")
                    .append(n)
                    .append("@bench.example,Employee,")
                    .append(n)
                    .append(",Dept ")
                    .append(n % groups)
                    .append(terminated[n] ? ",terminated\n" : ",active\n");
        }
        write(BenchSandboxResource.hrFile(), hr.toString());
    }

    private static void write(Path file, String content) {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, content);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
