package io.cakesync.web;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import io.cakesync.audit.ChangeFilter;
import io.cakesync.audit.ChangeSearch;
import io.cakesync.audit.ChangeView;
import io.cakesync.audit.DisplayNames;
import io.cakesync.audit.RunFilter;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Server-rendered admin pages: plain HTML forms and links, no scripts, no external assets. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class PagesResource {
    static final int PAGE = 50;

    private final RunQueries queries;
    private final RunPages runPages;
    private final Overviews overviews;
    private final ChangeSearch search;
    private final DisplayNames names;
    private final Frames frames;
    private final Template runs;
    private final Template run;
    private final Template changes;

    PagesResource(
            RunQueries queries,
            RunPages runPages,
            Overviews overviews,
            ChangeSearch search,
            DisplayNames names,
            Frames frames,
            @Location("runs.html") Template runs,
            @Location("run.html") Template run,
            @Location("changes.html") Template changes) {
        this.queries = queries;
        this.runPages = runPages;
        this.overviews = overviews;
        this.search = search;
        this.names = names;
        this.frames = frames;
        this.runs = runs;
        this.run = run;
        this.changes = changes;
    }

    @GET
    public TemplateInstance runs(
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("notice") String notice) {
        RunFilter filter = Query.runs(status, from, to);
        int p = Math.max(0, page);
        long total = queries.count(filter);
        Frame frame = frames.now();
        return runs.data("frame", frame)
                .data("overview", overviews.now(frame))
                .data("runs", queries.runs(filter, PAGE, p * PAGE))
                .data("total", total)
                .data("more", more(p, total))
                .data("status", Query.blankToNull(status))
                .data("from", Query.blankToNull(from))
                .data("to", Query.blankToNull(to))
                .data("page", p)
                .data("busy", "busy".equals(notice))
                .data(
                        "statuses",
                        Arrays.stream(RunStatus.values()).map(Enum::name).toList());
    }

    @GET
    @Path("runs/{id}")
    public TemplateInstance run(@PathParam("id") long id) {
        return run.data("frame", frames.now()).data("page", runPages.of(id)).data("error", null);
    }

    @GET
    @Path("changes")
    public TemplateInstance changes(@BeanParam ChangeParams params, @QueryParam("page") @DefaultValue("0") int page) {
        ChangeFilter filter = params.filter();
        int p = Math.max(0, page);
        long total = search.count(filter);
        List<ChangeView> found = search.find(filter, PAGE, p * PAGE);
        return changes.data("frame", frames.now())
                .data("params", params)
                .data("changes", found)
                .data("names", names.of(found))
                .data("total", total)
                .data("more", more(p, total))
                .data("outcomes", Arrays.asList(Outcome.values()))
                .data("page", p);
    }

    @GET
    @Path("changes.csv")
    @Produces("text/csv")
    public Response export(@BeanParam ChangeParams params) {
        return Export.csv(search, params.filter());
    }

    private static boolean more(int page, long total) {
        return (page + 1L) * PAGE < total;
    }
}
