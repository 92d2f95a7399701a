package io.cakesync.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import io.cakesync.audit.RunView;
import io.quarkus.qute.TemplateExtension;

/** How the pages print times, durations and counts. */
@TemplateExtension
final class Views {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private Views() {
    }

    static String utc(OffsetDateTime time) {
        return time == null ? "-" : UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** For a value inside a link: "a+b@x" must stay one query value or path segment. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** "35 min ago (2026-12-01 09:00:00 UTC)". */
    static String since(OffsetDateTime time) {
        return time == null ? "-" : roughly(Duration.between(time, OffsetDateTime.now())) + " ago (" + utc(time) + ")";
    }

    /** "in 23 h (2026-12-02 09:00:00 UTC)", or "expired" once past. */
    static String until(OffsetDateTime time) {
        if (time == null) {
            return "-";
        }
        Duration left = Duration.between(OffsetDateTime.now(), time);
        return (left.isNegative() ? "expired" : "in " + roughly(left)) + " (" + utc(time) + ")";
    }

    private static String roughly(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? minutes + " min" : minutes < 48 * 60 ? minutes / 60 + " h" : minutes / (24 * 60) + " days";
    }

    static String duration(RunView run) {
        if (run.finishedAt() == null) {
            return "-";
        }
        Duration d = Duration.between(run.startedAt(), run.finishedAt());
        return d.toSeconds() < 60 ? String.format("%.1f s", d.toMillis() / 1000.0)
                : String.format("%d min %d s", d.toMinutes(), d.toSecondsPart());
    }

    static String counts(RunView run) {
        return run.outcomes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
