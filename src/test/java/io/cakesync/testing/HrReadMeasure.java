package io.cakesync.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One measured HR read for the connector benchmarks: wall time, calls against their lower bound, the
 * rate-limit bound ((calls − 1) × 60 s / limit), and the heap pools' summed peak (an upper bound: the
 * sandbox serving the read shares the JVM).
 */
public record HrReadMeasure(
        String scenario,
        int employees,
        long calls,
        long lowerBound,
        int limitPerMinute,
        Duration wall,
        long peakHeapMb) {

    public static HrReadMeasure of(
            String scenario, int employees, long lowerBound, int limitPerMinute, Supplier<Long> calls, Runnable read) {
        HeapPeak.reset();
        long before = calls.get();
        long start = System.nanoTime();
        read.run();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new HrReadMeasure(
                scenario, employees, calls.get() - before, lowerBound, limitPerMinute, wall, HeapPeak.megabytes());
    }

    public double boundSeconds() {
        return Math.max(0, calls - 1) * 60.0 / limitPerMinute;
    }

    public static String header() {
        return "| connector, scenario | employees | calls/lower bound | client limit /min | rate-limit bound s | wall s"
                + " | wall/bound | peak heap MB |\n|---|---|---|---|---|---|---|---|";
    }

    public String row() {
        String ratio = boundSeconds() == 0
                ? "– (one call)"
                : String.format(Locale.ROOT, "%.2f", wall.toMillis() / 1000.0 / boundSeconds());
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %d/%d | %d | %.1f | %.2f | %s | %d |",
                scenario,
                employees,
                calls,
                lowerBound,
                limitPerMinute,
                boundSeconds(),
                wall.toMillis() / 1000.0,
                ratio,
                peakHeapMb);
    }
}
