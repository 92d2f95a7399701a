package io.cakesync.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Every list in the API is a JSON array of one page, with the number of all matches in a header. */
final class Paged {
    static final String TOTAL = "X-Total-Count";

    private Paged() {}

    static Response response(List<?> page, long total) {
        return Response.ok(page).header(TOTAL, total).build();
    }
}
