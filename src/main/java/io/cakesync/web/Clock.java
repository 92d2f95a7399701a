package io.cakesync.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Times as a person reads them: in the configured zone, with the UTC instant kept for the hover
 * text, and ages ("3 h ago") measured from now.
 */
@ApplicationScoped
@Named("clock")
public class Clock {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final ZoneId zone;

    @Inject
    Clock(WebConfig config) {
        this(config.timeZone().map(Clock::zone).orElse(ZoneId.systemDefault()));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "web.time-zone: '" + id + "' is not a time zone; use an IANA id such as " + "Europe/Berlin, or UTC",
                    e);
        }
    }

    Clock(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** "2025-03-01 14:05:09", in the configured zone. */
    public String local(Temporal time) {
        return time == null ? "-" : LOCAL.format(instant(time).atZone(zone));
    }

    public String utc(Temporal time) {
        return time == null ? "" : UTC.format(instant(time).atOffset(ZoneOffset.UTC));
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Temporal time) {
        return time == null ? "" : instant(time).toString();
    }

    /** The zone's name as the pages print it next to a time, e.g. "Europe/Berlin". */
    public String zoneName() {
        return zone.getId();
    }

    /** "5 s ago", "3 min ago", "2 h 5 min ago", "3 days ago"; "in 4 min" for a time still ahead. */
    public String ago(Temporal time) {
        if (time == null) {
            return "";
        }
        Duration d = Duration.between(instant(time), Instant.now());
        return d.isNegative() ? "in " + span(d.negated()) : span(d) + " ago";
    }

    static String span(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return d.toMinutes() + " min";
        }
        if (seconds < 86_400) {
            return d.toHours() + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
        }
        long days = d.toDays();
        return days + (days == 1 ? " day" : " days");
    }

    private static Instant instant(Temporal time) {
        if (time instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return Instant.from(time);
    }
}
