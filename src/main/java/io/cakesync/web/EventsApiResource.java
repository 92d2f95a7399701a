package io.cakesync.web;

import io.cakesync.events.EventLog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** HR events received, newest first: whom each named, which run took it and how that ended. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class EventsApiResource {
    private final EventLog events;

    EventsApiResource(EventLog events) {
        this.events = events;
    }

    /** {@code X-Total-Count} says how many events match in all. */
    @GET
    public Response list(
            @QueryParam("state") String state,
            @QueryParam("run") String run,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        EventFilter filter = EventFilter.of(state, run);
        return Paged.response(
                events.recent(filter.state(), filter.run(), Query.limit(limit), Query.offset(offset)),
                events.count(filter.state(), filter.run()));
    }
}
