package io.cakesync.source.personio;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

/**
 * One HTTP exchange, fully read and closed. Status 0: no usable response. {@code authorization} is
 * the token Personio hands back in the response header (older credentials get a new one per call).
 */
record Answer(int status, String body, String retryAfter, String authorization, Exception error) {

    static Answer of(Response response) {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new Answer(
                    response.getStatus(),
                    body,
                    response.getHeaderString("Retry-After"),
                    response.getHeaderString("Authorization"),
                    null);
        } catch (ProcessingException brokenBody) {
            return noResponse(brokenBody);
        }
    }

    static Answer noResponse(Exception error) {
        return new Answer(0, null, null, null, error);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean retriable() {
        return status == 0 || status == 429 || status >= 500;
    }

    /** Personio's own words: {@code {"success": false, "error": {"message": ...}}}; null when absent. */
    String message() {
        JsonNode root = PersonioJson.parseOrNull(body);
        if (root == null) {
            return null;
        }
        JsonNode message = root.path("error").path("message");
        return message.isTextual() && !message.asText().isBlank()
                ? message.asText().strip()
                : null;
    }

    /** For messages; never contains request headers or the body sent. */
    String describe() {
        if (status == 0) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return "no response (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        }
        String message = message();
        return "HTTP " + status + (message == null ? "" : ": " + message);
    }
}
