package io.cakesync.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.PersonRef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /events/hibob}: Bob's webhooks. Bob signs the raw body with HMAC-SHA512 and the webhook's
 * secret and sends it Base64-encoded in {@code Bob-Signature} (apidocs.hibob.com, "Working with webhooks");
 * there is no timestamp, so a replayed delivery is caught as a duplicate of the same bytes. A v2 event
 * names the employee in {@code data.employeeId}, a v1 event in {@code employee.id}; the person is re-read.
 */
@ApplicationScoped
class HibobReceiver implements Receiver {
    static final String SIGNATURE = "Bob-Signature";
    static final String PING = "Ping test";

    private final EventsConfig config;

    HibobReceiver(EventsConfig config) {
        this.config = config;
    }

    @Override
    public String source() {
        return "hibob";
    }

    @Override
    public Optional<String> off() {
        return config.hibob().secret().filter(s -> !s.isBlank()).isPresent()
                ? Optional.empty()
                : Optional.of("set events.hibob.secret (EVENTS_HIBOB_SECRET)");
    }

    /** Bob checks a new webhook with "Ping test" (or {"text":"Ping test"}) and expects a 2xx at once. */
    @Override
    public boolean isPing(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).strip().equals(PING)) {
            return true;
        }
        try {
            JsonNode json = Bodies.JSON.readTree(body);
            return json != null
                    && json.size() == 1
                    && PING.equals(json.path("text").asText());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void verify(HttpHeaders headers, byte[] body) {
        String signature = headers.getHeaderString(SIGNATURE);
        if (signature == null || signature.isBlank()) {
            throw new Refused(Response.Status.UNAUTHORIZED, "the " + SIGNATURE + " header is missing");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused(Response.Status.UNAUTHORIZED, SIGNATURE + " is not Base64");
        }
        if (!MessageDigest.isEqual(
                Signatures.hmac("HmacSHA512", config.hibob().secret().orElseThrow(), body), given)) {
            throw new Refused(Response.Status.UNAUTHORIZED, "the signature does not match the body");
        }
    }

    @Override
    public Received read(HttpHeaders headers, byte[] body) {
        JsonNode root = Bodies.parse(body);
        String id = Signatures.digest(body);
        return Bodies.value(root, "data", "employeeId")
                .or(() -> Bodies.value(root, "employee", "id"))
                .map(employee -> Received.of(id, List.of(PersonRef.byEmployeeId(employee))))
                .orElseGet(() -> new Received(
                        id,
                        List.of(),
                        "a " + Bodies.value(root, "type").orElse("Bob")
                                + " event naming no employee (neither data.employeeId nor employee.id)"));
    }
}
