package io.cakesync.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.cakesync.audit.RunActivity;
import io.cakesync.reconcile.vocabulary.RunStatus;

/** The overview's charts of the last days' runs, built from the runs' audit rows. */
final class Charts {
    static final int WIDTH = 440;
    static final int HEIGHT = 160;
    private static final double LEFT = 34;
    private static final double RIGHT = WIDTH - 40;
    private static final double TOP = 10;
    private static final double BOTTOM = HEIGHT - 22;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private Charts() {}

    /** Runs started per day (in {@code zone}), stacked by how they ended. */
    static Chart runsByStatus(List<RunActivity.Run> runs, LocalDate first, LocalDate last, ZoneId zone) {
        List<LocalDate> days = days(first, last);
        Map<LocalDate, Map<String, Integer>> counts = new LinkedHashMap<>();
        days.forEach(d -> counts.put(d, new LinkedHashMap<>()));
        for (RunActivity.Run run : runs) {
            LocalDate day = run.startedAt().atZoneSameInstant(zone).toLocalDate();
            if (counts.containsKey(day)) {
                counts.get(day).merge(run.status().name(), 1, Integer::sum);
            }
        }
        List<String> order = Arrays.stream(RunStatus.values()).map(Enum::name).toList();
        List<Chart.Key> legend = order.stream()
                .map(s -> new Chart.Key(s, s.toLowerCase(Locale.ROOT)))
                .toList();
        return stacked("runs-chart", "Runs per day by status", days, counts, order, legend, "runs");
    }

    /** Memberships cakesync added and removed in Cakewalk per day (applied changes only). */
    static Chart changesByAction(List<RunActivity.Run> runs, LocalDate first, LocalDate last, ZoneId zone) {
        List<LocalDate> days = days(first, last);
        Map<LocalDate, Map<String, Integer>> counts = new LinkedHashMap<>();
        days.forEach(d -> counts.put(d, new LinkedHashMap<>()));
        for (RunActivity.Run run : runs) {
            Map<String, Integer> day =
                    counts.get(run.startedAt().atZoneSameInstant(zone).toLocalDate());
            if (day != null) {
                day.merge("ADD", run.added(), Integer::sum);
                day.merge("REMOVE", run.removed(), Integer::sum);
            }
        }
        return stacked(
                "changes-chart",
                "Changes applied per day",
                days,
                counts,
                List.of("ADD", "REMOVE"),
                List.of(new Chart.Key("ADD", "added"), new Chart.Key("REMOVE", "removed")),
                "changes");
    }

    /** Each finished run's Cakewalk calls as a bar and its duration as a line, oldest first. */
    static Chart callsAndDuration(List<RunActivity.Run> runs) {
        List<RunActivity.Run> finished = runs.stream()
                .filter(r -> r.finishedAt() != null && r.apiCalls() != null)
                .toList();
        int n = Math.max(1, finished.size());
        double slot = (RIGHT - LEFT) / n;
        int maxCalls = scale(
                finished.stream().mapToInt(RunActivity.Run::apiCalls).max().orElse(0));
        double maxSeconds =
                niceSeconds(finished.stream().mapToDouble(Charts::seconds).max().orElse(0));
        List<Chart.Bar> bars = new ArrayList<>();
        List<Chart.Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < finished.size(); i++) {
            RunActivity.Run run = finished.get(i);
            double x = LEFT + i * slot;
            String tip = "run #" + run.id() + ": " + Words.count(run.apiCalls(), "Cakewalk call") + ", "
                    + String.format(Locale.ROOT, "%.1f s", seconds(run));
            double h = (BOTTOM - TOP) * run.apiCalls() / maxCalls;
            bars.add(new Chart.Bar(
                    round(x + slot * 0.15),
                    round(BOTTOM - h),
                    round(Math.max(0.5, slot * 0.7)),
                    round(h),
                    "calls",
                    tip));
            double y = BOTTOM - (BOTTOM - TOP) * seconds(run) / maxSeconds;
            double cx = x + slot / 2;
            line.append(line.isEmpty() ? "" : " ").append(round(cx)).append(',').append(round(y));
            dots.add(new Chart.Dot(round(cx), round(y), tip));
        }
        List<Chart.Tick> ticks = finished.isEmpty()
                ? List.of()
                : finished.size() == 1
                        ? List.of(new Chart.Tick(
                                round(LEFT + slot / 2), "#" + finished.get(0).id()))
                        : List.of(
                                new Chart.Tick(
                                        round(LEFT + slot / 2),
                                        "#" + finished.get(0).id()),
                                new Chart.Tick(
                                        round(LEFT + (finished.size() - 0.5) * slot),
                                        "#" + finished.get(finished.size() - 1).id()));
        return new Chart(
                "calls-chart",
                "Cakewalk calls and duration per run",
                WIDTH,
                HEIGHT,
                TOP,
                BOTTOM,
                LEFT,
                RIGHT,
                bars,
                line.toString(),
                dots,
                ticks,
                Integer.toString(maxCalls),
                seconds(maxSeconds),
                List.of(
                        new Chart.Key("calls", "Cakewalk calls (left scale)"),
                        new Chart.Key("duration", "duration (right scale)")));
    }

    private static Chart stacked(
            String id,
            String title,
            List<LocalDate> days,
            Map<LocalDate, Map<String, Integer>> counts,
            List<String> order,
            List<Chart.Key> legend,
            String plural) {
        int max = scale(counts.values().stream()
                .mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum())
                .max()
                .orElse(0));
        double slot = (RIGHT - LEFT) / days.size();
        List<Chart.Bar> bars = new ArrayList<>();
        List<Chart.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            Map<String, Integer> c = counts.get(day);
            double x = LEFT + i * slot;
            double base = BOTTOM;
            String tip = DAY.format(day) + ": "
                    + (c.values().stream().mapToInt(Integer::intValue).sum() == 0
                            ? "no " + plural
                            : order.stream()
                                    .filter(k -> c.getOrDefault(k, 0) > 0)
                                    .map(k -> c.get(k) + " " + label(legend, k))
                                    .collect(Collectors.joining(", ")));
            for (String key : order) {
                int v = c.getOrDefault(key, 0);
                if (v > 0) {
                    double h = (BOTTOM - TOP) * v / max;
                    bars.add(new Chart.Bar(
                            round(x + slot * 0.15), round(base - h), round(slot * 0.7), round(h), key, tip));
                    base -= h;
                }
            }
            if (i % 7 == (days.size() - 1) % 7) {
                ticks.add(new Chart.Tick(round(x + slot / 2), DAY.format(day)));
            }
        }
        return new Chart(
                id,
                title,
                WIDTH,
                HEIGHT,
                TOP,
                BOTTOM,
                LEFT,
                RIGHT,
                bars,
                "",
                List.of(),
                ticks,
                Integer.toString(max),
                null,
                legend);
    }

    private static String label(List<Chart.Key> legend, String key) {
        return legend.stream()
                .filter(k -> k.css().equals(key))
                .map(Chart.Key::label)
                .findFirst()
                .orElse(key);
    }

    private static List<LocalDate> days(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (long i = 0; i <= ChronoUnit.DAYS.between(first, last); i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }

    /** The top of a count axis: at least 1, rounded up to 1, 2 or 5 times a power of ten. */
    static int scale(int max) {
        int step = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * step >= max) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }

    private static double niceSeconds(double max) {
        return max <= 0 ? 1 : max <= 1 ? 1 : scale((int) Math.ceil(max));
    }

    private static double seconds(RunActivity.Run run) {
        return Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.0f s", s);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
