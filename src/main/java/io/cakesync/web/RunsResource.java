package io.cakesync.web;

import java.net.URI;
import java.util.Optional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import io.cakesync.approval.ApprovalRefused;
import io.cakesync.approval.Approvals;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunFilter;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.StartedRun;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
@RolesAllowed(Roles.VIEWER)
public class RunsResource {
    private final RunQueries queries;
    private final SyncRunner runner;
    private final Approvals approvals;
    private final ManagedExecutor executor;
    private final SecurityIdentity identity;

    RunsResource(
            RunQueries queries,
            SyncRunner runner,
            Approvals approvals,
            ManagedExecutor executor,
            SecurityIdentity identity) {
        this.queries = queries;
        this.runner = runner;
        this.approvals = approvals;
        this.executor = executor;
        this.identity = identity;
    }

    record TriggerRequest(Boolean dryRun) {}

    /** Newest first; {@code X-Total-Count} says how many runs match in all. */
    @GET
    @Operation(summary = "Runs, newest first, filtered by status and UTC start day")
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        RunFilter filter = Query.runs(status, from, to);
        return Paged.response(queries.runs(filter, Query.limit(limit), Query.offset(offset)), queries.count(filter));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run with its changes, rejected HR rows, safety figures and decision")
    public Response get(@PathParam("id") long id) {
        Optional<RunDetail> run = queries.run(id);
        return run.map(r -> Response.ok(r).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "no run with id " + id));
    }

    /** Starts a run and answers at once; the run goes on in the background. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Start a run now (dry or live); 409 while one is in progress")
    public Response trigger(TriggerRequest request) {
        // No default: a missing field must never mean "write to Cakewalk".
        if (request == null || request.dryRun() == null) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "dryRun is required: send {\"dryRun\": true} to plan only, or {\"dryRun\": false} for a live run");
        }
        boolean dryRun = request.dryRun();
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

    record Accepted(long id, boolean dryRun) {}

    record Decision(String by, String comment) {}

    /** 202 with the run that re-checks and applies the held plan; 409 when it cannot be approved. */
    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a held plan with a comment; starts the run that applies it")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Response approve(@PathParam("id") long id, Decision decision) {
        try {
            StartedRun run = approvals.approve(
                    id,
                    Caller.name(identity, decision == null ? null : decision.by()),
                    decision == null ? null : decision.comment());
            executor.runAsync(() -> runner.execute(run));
            return Response.accepted(new Approving(run.id(), id))
                    .location(URI.create("/api/runs/" + run.id()))
                    .build();
        } catch (ApprovalRefused e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a held plan with a comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Response reject(@PathParam("id") long id, Decision decision) {
        try {
            approvals.reject(
                    id,
                    Caller.name(identity, decision == null ? null : decision.by()),
                    decision == null ? null : decision.comment());
            return Response.ok(new Rejected(id, "REJECTED")).build();
        } catch (ApprovalRefused e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    record Approving(long id, long approves) {}

    record Rejected(long id, String decision) {}
}
