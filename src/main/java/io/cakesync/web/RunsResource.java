package io.cakesync.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.ApprovalRefused;
import io.cakesync.reconcile.Approvals;
import io.cakesync.reconcile.StartedRun;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Runs: list, detail with every change, a manual trigger that shares the run lock, and the admin's
 * decision on a held plan.
 */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {
    private final RunQueries queries;
    private final SyncRunner runner;
    private final Approvals approvals;
    private final ManagedExecutor executor;

    RunsResource(RunQueries queries, SyncRunner runner, Approvals approvals, ManagedExecutor executor) {
        this.queries = queries;
        this.runner = runner;
        this.approvals = approvals;
        this.executor = executor;
    }

    record TriggerRequest(Boolean dryRun) {
    }

    @GET
    public List<RunView> list(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return queries.runs(Math.max(1, Math.min(limit, 500)), Math.max(0, offset));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Optional<RunDetail> run = queries.run(id);
        return run.map(r -> Response.ok(r).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "no run with id " + id));
    }

    /** Starts a run and answers at once; the run goes on in the background. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response trigger(TriggerRequest request) {
        boolean dryRun = request != null && Boolean.TRUE.equals(request.dryRun());
        Optional<StartedRun> started = runner.begin(Trigger.API, dryRun);
        if (started.isEmpty()) {
            return Problem.response(Response.Status.CONFLICT, "a run is already in progress; try again when it ends");
        }
        StartedRun run = started.get();
        executor.runAsync(() -> runner.execute(run));
        return Response.accepted(new Accepted(run.id(), dryRun))
                .location(URI.create("/api/runs/" + run.id()))
                .build();
    }

    record Accepted(long id, boolean dryRun) {
    }

    record Decision(String by, String comment) {
    }

    /** 202 with the run that re-checks and applies the held plan; 409 when it cannot be approved. */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") long id, Decision decision) {
        try {
            StartedRun run = approvals.approve(id, decision == null ? null : decision.by(),
                    decision == null ? null : decision.comment());
            executor.runAsync(() -> runner.execute(run));
            return Response.accepted(new Approving(run.id(), id)).location(URI.create("/api/runs/" + run.id())).build();
        } catch (ApprovalRefused e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id, Decision decision) {
        try {
            approvals.reject(id, decision == null ? null : decision.by(), decision == null ? null : decision.comment());
            return Response.ok(new Rejected(id, "REJECTED")).build();
        } catch (ApprovalRefused e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    record Approving(long id, long approves) {
    }

    record Rejected(long id, String decision) {
    }
}
