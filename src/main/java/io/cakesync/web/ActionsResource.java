package io.cakesync.web;

import java.net.URI;
import java.util.Optional;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import io.cakesync.approval.ApprovalRefused;
import io.cakesync.approval.Approvals;
import io.cakesync.audit.RunActivity;
import io.cakesync.reconcile.StartedRun;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page forms that change something: trigger a run, approve or reject a held plan. Each answers
 * with a redirect (post/redirect/get), or the run page again with the reason it was refused. A live
 * run is started only from its confirmation page.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OPERATOR)
public class ActionsResource {
    private final SyncRunner runner;
    private final Approvals approvals;
    private final ManagedExecutor executor;
    private final RunPages pages;
    private final RunActivity activity;
    private final Frames frames;
    private final Template run;
    private final Template confirm;

    ActionsResource(
            SyncRunner runner,
            Approvals approvals,
            ManagedExecutor executor,
            RunPages pages,
            RunActivity activity,
            Frames frames,
            @Location("run.html") Template run,
            @Location("confirm.html") Template confirm) {
        this.runner = runner;
        this.approvals = approvals;
        this.executor = executor;
        this.pages = pages;
        this.activity = activity;
        this.frames = frames;
        this.run = run;
        this.confirm = confirm;
    }

    /** Asks before a live run, with what the latest dry run would have done. */
    @GET
    @Path("runs/live")
    public TemplateInstance confirmLive() {
        return confirm.data("frame", frames.now())
                .data("dryRun", activity.lastDryRun().orElse(null));
    }

    @POST
    @Path("runs")
    public Response trigger(@FormParam("mode") String mode, @FormParam("confirmed") String confirmed) {
        boolean live = "live".equals(mode);
        if (live && !"yes".equals(confirmed)) {
            return Response.seeOther(URI.create("/runs/live")).build();
        }
        Optional<StartedRun> started = runner.begin(Trigger.API, !live);
        if (started.isEmpty()) {
            return Response.seeOther(URI.create("/?notice=busy")).build();
        }
        StartedRun run = started.get();
        executor.runAsync(() -> runner.execute(run));
        return Response.seeOther(URI.create("/runs/" + run.id())).build();
    }

    @POST
    @Path("runs/{id}/approve")
    public Response approve(@PathParam("id") long id, @FormParam("comment") String comment) {
        try {
            StartedRun run = approvals.approve(id, frames.user(), comment);
            executor.runAsync(() -> runner.execute(run));
            return Response.seeOther(URI.create("/runs/" + run.id())).build();
        } catch (ApprovalRefused e) {
            return refused(id, e);
        }
    }

    @POST
    @Path("runs/{id}/reject")
    public Response reject(@PathParam("id") long id, @FormParam("comment") String comment) {
        try {
            approvals.reject(id, frames.user(), comment);
            return Response.seeOther(URI.create("/runs/" + id)).build();
        } catch (ApprovalRefused e) {
            return refused(id, e);
        }
    }

    private Response refused(long id, ApprovalRefused e) {
        return Response.status(Response.Status.CONFLICT)
                .entity(run.data("frame", frames.now())
                        .data("page", pages.of(id))
                        .data("error", e.getMessage())
                        .render())
                .build();
    }
}
