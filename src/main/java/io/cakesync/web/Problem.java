package io.cakesync.web;

import jakarta.ws.rs.core.Response;

/** RFC 7807 problem details, the shape of every error the admin API returns. */
record Problem(String type, String title, int status, String detail) {

    static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type("application/problem+json")
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }
}
