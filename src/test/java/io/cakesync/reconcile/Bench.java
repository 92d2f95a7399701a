package io.cakesync.reconcile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cakesync.cakewalk.CallStats;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.RecordedRequest;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.testing.ConnectionTimer;

/**
 * Runs one real sync through {@link SyncRunner} against the sandbox and measures what it cost: calls
 * per endpoint (as the sandbox recorded them) against the lower bound, wall time against the time
 * the rate limit alone imposes, peak heap and RSS, CPU and database time.
 */
final class Bench {
    static final String GROUPS = CallStats.GET_GROUPS;
    static final String USERS = CallStats.GET_USERS;
    static final String MEMBERS = CallStats.GET_MEMBERS;
    static final String POST = CallStats.POST_MEMBERS;
    static final String DELETE = CallStats.DELETE_MEMBER;

    private final SyncRunner runner;
    private final SandboxServer sandbox;
    private final ConnectionTimer db;

    Bench(SyncRunner runner, SandboxServer sandbox, ConnectionTimer db) {
        this.runner = runner;
        this.sandbox = sandbox;
        this.db = db;
    }

    record Result(
            String label,
            long runId,
            RunStatus status,
            Map<String, Long> calls,
            Company.Bound bound,
            Duration wall,
            long peakHeapMb,
            long peakRssMb,
            long cpuMillis,
            long sandboxCpuMillis,
            long dbMillis,
            long rateLimited) {

        long totalCalls() {
            return calls.values().stream().mapToLong(Long::longValue).sum();
        }

        long writes() {
            return calls.get(POST) + calls.get(DELETE);
        }

        /** What the client-side limiter alone imposes: evenly spaced calls. */
        double rateBoundSeconds(int ratePerMinute) {
            return Math.max(0, totalCalls() - 1) * 60.0 / ratePerMinute;
        }
    }

    Result run(String label, Company.Bound bound) {
        sandbox.clearRequests();
        long refusedBefore = sandbox.rateLimitedResponses();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        resetPeakRss();
        long cpuBefore = processCpuNanos();
        long sandboxBefore = sandboxCpuNanos();
        StartedRun started = runner.begin(Trigger.CLI, false).orElseThrow();
        db.arm();
        long t0 = System.nanoTime();
        RunReport report = runner.execute(started);
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        db.disarm();
        long sandboxCpu = sandboxCpuNanos() - sandboxBefore;
        long cpu = processCpuNanos() - cpuBefore - sandboxCpu;
        long peakHeap =
                heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(
                label,
                report.runId(),
                report.status(),
                byEndpoint(sandbox.requests()),
                bound,
                wall,
                peakHeap >> 20,
                peakRssKb() >> 10,
                cpu / 1_000_000,
                sandboxCpu / 1_000_000,
                db.heldMillis(),
                sandbox.rateLimitedResponses() - refusedBefore);
    }

    static Map<String, Long> byEndpoint(List<RecordedRequest> requests) {
        Map<String, Long> calls = new LinkedHashMap<>();
        List.of(GROUPS, USERS, MEMBERS, POST, DELETE).forEach(l -> calls.put(l, 0L));
        for (RecordedRequest r : requests) {
            calls.merge(label(r), 1L, Long::sum);
        }
        return calls;
    }

    private static String label(RecordedRequest r) {
        String p = r.path();
        if (r.method().equals("GET")) {
            return p.equals("/api/v1/UsersGroups") ? GROUPS : p.equals("/api/v1/Users") ? USERS : MEMBERS;
        }
        return r.method().equals("POST") ? POST : DELETE;
    }

    /** Markdown rows for {@code BENCHMARKS.md}. */
    static String table(List<Result> results, int ratePerMinute) {
        StringBuilder out = new StringBuilder();
        out.append("| run | status | GET groups | GET users | GET members | POST | DELETE | calls | lower bound "
                + "| calls/bound | wall s | rate-limit bound s | wall/bound | peak heap MB | peak RSS MB "
                + "| CPU s (daemon) | CPU s (sandbox) | DB s | 429s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            Company.Bound b = r.bound();
            double rateBound = r.rateBoundSeconds(ratePerMinute);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d/%d | %d/%d | %d/%d | %d/%d | %d/%d | %d | %d | %.2f | %.1f | %.1f | %s | %d | %d "
                            + "| %.1f | %.1f | %.1f | %d |%n",
                    r.label(),
                    r.status(),
                    r.calls().get(GROUPS),
                    b.groupPages(),
                    r.calls().get(USERS),
                    b.userPages(),
                    r.calls().get(MEMBERS),
                    b.memberPages(),
                    r.calls().get(POST),
                    b.posts(),
                    r.calls().get(DELETE),
                    b.deletes(),
                    r.totalCalls(),
                    b.total(),
                    (double) r.totalCalls() / b.total(),
                    r.wall().toMillis() / 1000.0,
                    rateBound,
                    rateBound < 1
                            ? "–"
                            : String.format(Locale.ROOT, "%.2f", r.wall().toMillis() / 1000.0 / rateBound),
                    r.peakHeapMb(),
                    r.peakRssMb(),
                    r.cpuMillis() / 1000.0,
                    r.sandboxCpuMillis() / 1000.0,
                    r.dbMillis() / 1000.0,
                    r.rateLimited()));
        }
        return out.toString();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The sandbox shares the JVM; its HTTP threads' CPU is the fake Cakewalk's, not the daemon's. */
    private static long sandboxCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("cakewalk-sandbox-")
                        || t.getName().startsWith("HTTP-Dispatcher"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId())))
                .sum();
    }

    /** Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) of the process. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not allowed: the peak then covers the JVM's life so far.
        }
    }

    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
