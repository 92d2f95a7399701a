package io.cakesync.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.Emails;
import io.cakesync.source.PersonRef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /events/hr}, for any HR system or script: {@code {"id": "...", "people": [{"employeeId":
 * "E1027"}, {"email": "a@b.example"}]}}, signed with {@code X-Cakesync-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<raw body>">} and {@code X-Cakesync-Timestamp: <unix seconds>}.
 */
@ApplicationScoped
class GenericReceiver implements Receiver {
    static final String TIMESTAMP = "X-Cakesync-Timestamp";
    static final String SIGNATURE = "X-Cakesync-Signature";
    static final int MAX_PEOPLE = 1_000;
    static final int MAX_ID = 200;

    private final EventsConfig config;
    private final EventClock clock;

    GenericReceiver(EventsConfig config, EventClock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String source() {
        return "hr";
    }

    @Override
    public Optional<String> off() {
        return config.secret().filter(s -> !s.isBlank()).isPresent()
                ? Optional.empty()
                : Optional.of("set events.secret (EVENTS_SECRET)");
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
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw unauthorized(TIMESTAMP + " must be unix seconds");
        }
        if (!signature.strip().startsWith("sha256=")) {
            throw unauthorized(SIGNATURE + " must be sha256=<hex>");
        }
        byte[] expected = Signatures.hmac(
                "HmacSHA256",
                config.secret().orElseThrow(),
                (timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8),
                body);
        if (!Signatures.sameHex(expected, signature.strip().substring("sha256=".length()))) {
            throw unauthorized("the signature does not match the body and timestamp");
        }
        String stale = Signatures.stale(clock.now(), Instant.ofEpochSecond(seconds), config.tolerance(), TIMESTAMP);
        if (stale != null) {
            throw unauthorized(stale);
        }
    }

    @Override
    public Received read(HttpHeaders headers, byte[] body) {
        JsonNode root = Bodies.parse(body);
        if (!root.isObject()) {
            throw badRequest("the body must be a JSON object with \"id\" and \"people\"");
        }
        unknownFields(root, Set.of("id", "people"), "", "id and people");
        JsonNode idNode = root.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw badRequest("id: a non-empty string is required");
        }
        if (idNode.asText().strip().length() > MAX_ID) {
            throw badRequest("id: at most " + MAX_ID + " characters");
        }
        JsonNode people = root.get("people");
        if (people == null || !people.isArray()) {
            throw badRequest("people: a list of 1 to " + MAX_PEOPLE + " people is required");
        }
        if (people.isEmpty()) {
            throw badRequest("people: the list is empty; name 1 to " + MAX_PEOPLE + " people");
        }
        if (people.size() > MAX_PEOPLE) {
            throw badRequest("people: " + people.size() + " people; at most " + MAX_PEOPLE + " in one event");
        }
        List<PersonRef> refs = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            refs.add(person(people.get(i), "people[" + i + "]"));
        }
        return Received.of(idNode.asText().strip(), refs);
    }

    private static PersonRef person(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw badRequest(where + ": an object with employeeId or email is expected");
        }
        unknownFields(entry, Set.of("employeeId", "email"), where + ".", "employeeId or email");
        Optional<String> employeeId = text(entry, "employeeId", where);
        Optional<String> email = text(entry, "email", where);
        if (employeeId.isPresent() == email.isPresent()) {
            throw badRequest(where + ": give either employeeId or email");
        }
        if (employeeId.isPresent()) {
            return PersonRef.byEmployeeId(employeeId.get());
        }
        if (!Emails.isValid(Emails.normalize(email.get()))) {
            throw badRequest(where + ".email: '" + email.get() + "' is not an email address");
        }
        return PersonRef.byEmail(email.get());
    }

    private static Optional<String> text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw badRequest(where + "." + field + ": a non-empty string is expected");
        }
        return Optional.of(value.asText().strip());
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, String expected) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw badRequest(prefix + name + ": unknown field (expected " + expected + ")");
            }
        }
    }

    private static Refused unauthorized(String why) {
        return new Refused(Response.Status.UNAUTHORIZED, why);
    }

    private static Refused badRequest(String why) {
        return new Refused(Response.Status.BAD_REQUEST, why);
    }
}
