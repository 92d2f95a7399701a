package io.cakesync.source.hibob;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** One HTTP exchange, fully read and closed. Status 0: no usable response (I/O error, timeout, broken body). */
record HibobReply(int status, String body, String retryAfter, String rateLimitReset, Exception error) {

    static HibobReply of(Supplier<Response> call) {
        try (Response response = call.get()) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new HibobReply(
                    response.getStatus(),
                    body,
                    response.getHeaderString("Retry-After"),
                    response.getHeaderString("X-RateLimit-Reset"),
                    null);
        } catch (WebApplicationException e) {
            return new HibobReply(e.getResponse().getStatus(), "", null, null, e);
        } catch (ProcessingException e) {
            return new HibobReply(0, null, null, null, e);
        }
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean retryable() {
        return status == 429 || status == 0 || status >= 500;
    }

    /**
     * Seconds to wait before the next call, as a Retry-After value. HiBob announces the end of its
     * window in X-RateLimit-Reset; read as epoch seconds when it looks like a timestamp, as a delay otherwise.
     */
    String wait(Instant now) {
        if (retryAfter != null && !retryAfter.isBlank()) {
            return retryAfter;
        }
        if (rateLimitReset == null) {
            return null;
        }
        try {
            long reset = Long.parseLong(rateLimitReset.strip());
            long seconds = reset > 1_000_000_000L ? reset - now.getEpochSecond() : reset;
            return Long.toString(Math.max(seconds, 0));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** For messages; never contains request headers. */
    String describe() {
        if (status == 0) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return "no response: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
        return "HTTP " + status;
    }
}
