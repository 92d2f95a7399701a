package io.cakesync.web;

import io.cakesync.audit.ChangeFilter;
import io.cakesync.audit.ChangeSearch;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The CSV export of an audit search, written row by row as the database returns them. */
final class Export {
    private Export() {}

    static Response csv(ChangeSearch search, ChangeFilter filter) {
        StreamingOutput body = out -> search.exportCsv(filter, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cakesync-changes.csv\"")
                .build();
    }
}
