package io.cakesync.cakewalk;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

/** One HTTP exchange, fully read and closed. Status 0: no usable response (I/O error or timeout). */
record Reply(int status, String body, String retryAfter, Exception error) {

    static Reply of(Response response) {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new Reply(response.getStatus(), body, response.getHeaderString("Retry-After"), null);
        } catch (ProcessingException brokenBody) {
            // A status without its body proves nothing about a read, and a write is then settled by re-reading.
            return noResponse(brokenBody);
        }
    }

    static Reply noResponse(Exception error) {
        return new Reply(0, null, null, error);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean accessDenied() {
        return status == 401 || status == 403;
    }

    boolean rateLimited() {
        return status == 429;
    }

    /** 5xx or no response: the server may or may not have acted on the request. */
    boolean outcomeUnknown() {
        return status == 0 || status >= 500;
    }

    Integer httpStatus() {
        return status == 0 ? null : status;
    }

    /** 401 and 403 end the run: retrying a bad or read-only key only multiplies failures. */
    CakewalkAccessDenied denied(String label) {
        String problem = ProblemDetails.parse(body).message();
        String why = status == 401
                ? "Cakewalk rejected the API credentials (HTTP 401) on " + label
                        + ": check CAKEWALK_API_KEY / CAKEWALK_API_SECRET (cakewalk.api-key / cakewalk.api-secret)"
                : "Cakewalk refused " + label + " (HTTP 403): the API key is read-only or lacks permission;"
                        + " cakesync needs a 'Read and write' key";
        return new CakewalkAccessDenied(status, problem == null ? why : why + ". Cakewalk said: " + problem);
    }

    /** For messages and {@link WriteResult#error()}; never contains request headers. */
    String describe() {
        if (status == 0) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return "no response: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
        String problem = ProblemDetails.parse(body).message();
        return "HTTP " + status + (problem == null ? "" : ": " + problem);
    }
}
