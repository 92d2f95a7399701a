package io.cakesync.events;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.PersonRef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /events/personio}: Personio's webhooks (API v2). Personio signs nothing: a webhook of auth
 * type TOKEN sends the configured token as the whole {@code Authorization} header (developer.personio.de,
 * "Create new webhook"). Its notifications are dataless ({@code event_name}, {@code payload}) and only say
 * whom to re-read. Where a person event carries the person is not in the docs cakesync could read, so
 * this receiver looks in {@code payload.id} (person events) and {@code payload.person.id} or
 * {@code payload.person_id} (employment events), and keeps an event where it finds none as failed.
 */
@ApplicationScoped
class PersonioReceiver implements Receiver {
    private final EventsConfig config;

    PersonioReceiver(EventsConfig config) {
        this.config = config;
    }

    @Override
    public String source() {
        return "personio";
    }

    @Override
    public Optional<String> off() {
        if (config.personio().token().filter(s -> !s.isBlank()).isEmpty()) {
            return Optional.of("set events.personio.token (EVENTS_PERSONIO_TOKEN)");
        }
        return config.personio().enabled()
                ? Optional.empty()
                : Optional.of("set events.personio.enabled=true (EVENTS_PERSONIO_ENABLED); see the README first");
    }

    @Override
    public void verify(HttpHeaders headers, byte[] body) {
        String given = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (given == null || !Signatures.same(config.personio().token().orElseThrow(), given)) {
            throw new Refused(Response.Status.UNAUTHORIZED, "the Authorization header is missing or wrong");
        }
    }

    @Override
    public Received read(HttpHeaders headers, byte[] body) {
        JsonNode root = Bodies.parse(body);
        String id = Signatures.digest(body);
        String event = Bodies.value(root, "event_name").orElse("");
        Optional<String> person = event.startsWith("person.")
                ? Bodies.value(root, "payload", "id")
                : Bodies.value(root, "payload", "person", "id").or(() -> Bodies.value(root, "payload", "person_id"));
        return person.map(p -> Received.of(id, List.of(PersonRef.byEmployeeId(p))))
                .orElseGet(
                        () -> new Received(
                                id,
                                List.of(),
                                "a Personio " + (event.isEmpty() ? "event" : event)
                                        + " naming no person cakesync can find (payload.id, payload.person.id, payload.person_id)"));
    }
}
