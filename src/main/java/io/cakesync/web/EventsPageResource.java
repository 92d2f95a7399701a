package io.cakesync.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import io.cakesync.events.EventLog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The events page: recent HR events, when each came, which run it was coalesced into, and the outcome. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class EventsPageResource {
    private final EventLog events;
    private final Frames frames;
    private final Template page;

    EventsPageResource(EventLog events, Frames frames, @Location("events.html") Template page) {
        this.events = events;
        this.frames = frames;
        this.page = page;
    }

    @GET
    @Path("events")
    public TemplateInstance events(
            @QueryParam("state") String state,
            @QueryParam("run") String run,
            @QueryParam("page") @DefaultValue("0") int page) {
        EventFilter filter = EventFilter.of(state, run);
        int p = Math.max(0, page);
        long total = events.count(filter.state(), filter.run());
        return this.page
                .data("frame", frames.now())
                .data("events", events.recent(filter.state(), filter.run(), PagesResource.PAGE, p * PagesResource.PAGE))
                .data("total", total)
                .data("more", (p + 1L) * PagesResource.PAGE < total)
                .data("state", filter.state())
                .data("run", filter.run())
                .data("page", p)
                .data("states", EventFilter.STATES);
    }
}
