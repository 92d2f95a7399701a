package io.cakesync.events;

import jakarta.ws.rs.core.Response;

/** Why a delivery is not accepted, with the HTTP status that says so; nothing is stored. */
final class Refused extends RuntimeException {
    private final Response.Status status;

    Refused(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    Response.Status status() {
        return status;
    }
}
