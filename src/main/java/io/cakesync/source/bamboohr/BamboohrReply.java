package io.cakesync.source.bamboohr;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** One HTTP exchange, fully read and closed. Status 0: no usable response (I/O error, timeout, broken body). */
record BamboohrReply(int status, String body, String retryAfter, String errorMessage, Exception error) {

    static BamboohrReply of(Supplier<Response> call) {
        try (Response response = call.get()) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new BamboohrReply(
                    response.getStatus(),
                    body,
                    response.getHeaderString("Retry-After"),
                    response.getHeaderString("X-BambooHR-Error-Message"),
                    null);
        } catch (WebApplicationException e) {
            return new BamboohrReply(e.getResponse().getStatus(), "", null, null, e);
        } catch (ProcessingException e) {
            return new BamboohrReply(0, null, null, null, e);
        }
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * Throttled: 429, or (until BambooHR switches to 429 on 2026-09-16) a 503 that says when to come back.
     * A 503 without Retry-After is an outage and gets the ordinary backoff.
     */
    boolean throttled() {
        return status == 429 || (status == 503 && retryAfter != null && !retryAfter.isBlank());
    }

    boolean retryable() {
        return status == 429 || status == 0 || status >= 500;
    }

    /** BambooHR's 400 for a cursor whose boundary employee changed between calls: the listing moved. */
    boolean badPage() {
        return status == 400 && body != null && body.contains("BadPage");
    }

    /** For messages; never contains request headers. */
    String describe() {
        if (status == 0) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return "no response: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
        return "HTTP " + status + (errorMessage == null || errorMessage.isBlank() ? "" : ": " + errorMessage.strip());
    }
}
