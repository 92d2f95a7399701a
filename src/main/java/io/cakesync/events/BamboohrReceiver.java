package io.cakesync.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.PersonRef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /events/bamboohr}: BambooHR's webhooks (JSON format). BambooHR signs with the webhook's
 * private key: {@code X-BambooHR-Signature} is the hex HMAC-SHA256 of the raw body followed by the
 * {@code X-BambooHR-Timestamp} value (documentation.bamboohr.com, "Webhooks", Security). The docs do not
 * give the timestamp's format: one that reads as unix seconds or ISO-8601 must be recent; any other still
 * has to be signed, and a replay of the same delivery is a duplicate. Each of {@code employees[].id} is
 * re-read.
 */
@ApplicationScoped
class BamboohrReceiver implements Receiver {
    static final String SIGNATURE = "X-BambooHR-Signature";
    static final String TIMESTAMP = "X-BambooHR-Timestamp";

    private final EventsConfig config;
    private final EventClock clock;

    BamboohrReceiver(EventsConfig config, EventClock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String source() {
        return "bamboohr";
    }

    @Override
    public Optional<String> off() {
        return config.bamboohr().secret().filter(s -> !s.isBlank()).isPresent()
                ? Optional.empty()
                : Optional.of("set events.bamboohr.secret (EVENTS_BAMBOOHR_SECRET)");
    }

    @Override
    public void verify(HttpHeaders headers, byte[] body) {
        String signature = headers.getHeaderString(SIGNATURE);
        String timestamp = headers.getHeaderString(TIMESTAMP);
        if (signature == null || signature.isBlank()) {
            throw unauthorized("the " + SIGNATURE + " header is missing");
        }
        if (timestamp == null || timestamp.isBlank()) {
            throw unauthorized("the " + TIMESTAMP + " header is missing");
        }
        byte[] expected = Signatures.hmac(
                "HmacSHA256",
                config.bamboohr().secret().orElseThrow(),
                body,
                timestamp.getBytes(StandardCharsets.UTF_8));
        if (!Signatures.sameHex(expected, signature)) {
            throw unauthorized("the signature does not match the body and timestamp");
        }
        String stale = signedAt(timestamp.strip())
                .map(at -> Signatures.stale(clock.now(), at, config.tolerance(), TIMESTAMP))
                .orElse(null);
        if (stale != null) {
            throw unauthorized(stale);
        }
    }

    @Override
    public Received read(HttpHeaders headers, byte[] body) {
        JsonNode root = Bodies.parse(body);
        String timestamp =
                Optional.ofNullable(headers.getHeaderString(TIMESTAMP)).orElse("");
        String id = Signatures.digest(timestamp.getBytes(StandardCharsets.UTF_8), body);
        List<PersonRef> people = new ArrayList<>();
        JsonNode employees = root.get("employees");
        if (employees != null && employees.isArray()) {
            employees.forEach(
                    e -> Bodies.value(e, "id").ifPresent(employee -> people.add(PersonRef.byEmployeeId(employee))));
        }
        if (people.size() > GenericReceiver.MAX_PEOPLE) {
            throw new Refused(
                    Response.Status.BAD_REQUEST,
                    "employees: " + people.size() + " people; at most " + GenericReceiver.MAX_PEOPLE + " in one event");
        }
        return people.isEmpty()
                ? new Received(id, List.of(), "a BambooHR delivery naming no employee (no employees[].id)")
                : Received.of(id, people);
    }

    private static Optional<Instant> signedAt(String timestamp) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp)));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(OffsetDateTime.parse(timestamp).toInstant());
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    private static Refused unauthorized(String why) {
        return new Refused(Response.Status.UNAUTHORIZED, why);
    }
}
