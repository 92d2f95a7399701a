package io.cakesync.web;

import io.cakesync.audit.RunQueries;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Server-rendered admin pages: plain HTML, no scripts, no external assets. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {
    private static final int PAGE = 50;

    private final RunQueries queries;
    private final Template runs;
    private final Template run;

    PagesResource(RunQueries queries, @Location("runs.html") Template runs, @Location("run.html") Template run) {
        this.queries = queries;
        this.runs = runs;
        this.run = run;
    }

    @GET
    public TemplateInstance runs(@QueryParam("page") @DefaultValue("0") int page) {
        int p = Math.max(0, page);
        return runs.data("runs", queries.runs(PAGE, p * PAGE)).data("page", p).data("pageSize", PAGE);
    }

    @GET
    @Path("runs/{id}")
    public TemplateInstance run(@PathParam("id") long id) {
        return run.data("detail", queries.run(id).orElseThrow(() -> new NotFoundException("no run " + id)));
    }
}
