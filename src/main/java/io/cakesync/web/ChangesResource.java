package io.cakesync.web;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.cakesync.audit.ChangeFilter;
import io.cakesync.audit.ChangeSearch;
import io.cakesync.audit.Timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Audit search across runs, its CSV export, and one person's timeline. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ChangesResource {
    private final ChangeSearch search;
    private final Timeline timeline;

    ChangesResource(ChangeSearch search, Timeline timeline) {
        this.search = search;
        this.timeline = timeline;
    }

    /** Newest first; {@code X-Total-Count} says how many changes match in all. */
    @GET
    @Path("changes")
    @Operation(summary = "Audited changes across runs, newest first")
    public Response changes(
            @BeanParam ChangeParams params, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        ChangeFilter filter = params.filter();
        return Paged.response(search.find(filter, Query.limit(limit), Query.offset(offset)), search.count(filter));
    }

    /** Every matching change, streamed: the export never holds the result in memory. */
    @GET
    @Path("changes.csv")
    @Operation(summary = "Every matching change as CSV, streamed")
    @Produces("text/csv")
    public Response export(@BeanParam ChangeParams params) {
        return Export.csv(search, params.filter());
    }

    @GET
    @Path("people/{key}/timeline")
    @Operation(summary = "One person (email or employee id): what HR last said and every change")
    public Timeline.View timeline(
            @PathParam("key") String key, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return timeline.of(key, Query.limit(limit), Query.offset(offset));
    }
}
