package io.cakesync.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;

import io.cakesync.audit.RunView;

/** How the pages print links and durations. */
@TemplateExtension
final class Views {

    private Views() {}

    /** For a value inside a link: "a+b@x" must stay one query value or path segment. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** "35 min ago"; the time itself is the page's {@code #time} tag. */
    static String since(OffsetDateTime time) {
        return time == null ? "-" : roughly(Duration.between(time, OffsetDateTime.now())) + " ago";
    }

    /** "in 23 h", or "expired" once past. */
    static String until(OffsetDateTime time) {
        if (time == null) {
            return "-";
        }
        Duration left = Duration.between(OffsetDateTime.now(), time);
        return left.isNegative() ? "expired" : "in " + roughly(left);
    }

    private static String roughly(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60
                ? minutes + " min"
                : minutes < 48 * 60 ? minutes / 60 + " h" : minutes / (24 * 60) + " days";
    }

    static String duration(RunView run) {
        if (run.finishedAt() == null) {
            return "-";
        }
        Duration d = Duration.between(run.startedAt(), run.finishedAt());
        return d.toSeconds() < 60
                ? String.format("%.1f s", d.toMillis() / 1000.0)
                : String.format("%d min %d s", d.toMinutes(), d.toSecondsPart());
    }
}
