package io.cakesync.events;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/** Reading the JSON bodies of deliveries, with errors that say where the body went wrong. */
final class Bodies {
    static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {}

    static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new Refused(Response.Status.BAD_REQUEST, "the body is empty; a JSON object is expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Refused(
                    Response.Status.BAD_REQUEST,
                    "invalid JSON: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new Refused(Response.Status.BAD_REQUEST, "unreadable body: " + e.getMessage());
        }
    }

    /** The text or number at this path of objects, when it is there and not blank. */
    static Optional<String> value(JsonNode node, String... path) {
        JsonNode at = node;
        for (String field : path) {
            at = at == null || !at.isObject() ? null : at.get(field);
        }
        return at != null && (at.isTextual() || at.isNumber()) && !at.asText().isBlank()
                ? Optional.of(at.asText().strip())
                : Optional.empty();
    }
}
