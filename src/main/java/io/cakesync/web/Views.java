package io.cakesync.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.cakesync.audit.RunView;
import io.quarkus.qute.TemplateExtension;

/** How the pages print links and durations. */
@TemplateExtension
final class Views {

    private Views() {
    }

    /** For a value inside a link: "a+b@x" must stay one query value or path segment. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String duration(RunView run) {
        if (run.finishedAt() == null) {
            return "-";
        }
        Duration d = Duration.between(run.startedAt(), run.finishedAt());
        return d.toSeconds() < 60 ? String.format("%.1f s", d.toMillis() / 1000.0)
                : String.format("%d min %d s", d.toMinutes(), d.toSecondsPart());
    }
}
