package io.cakesync.web;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import io.cakesync.approval.Adoption;
import io.cakesync.approval.ApprovalRefused;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Adopting a newly mapped group: its current members become known, and nobody is removed. */
@Path("/api/groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class GroupsResource {
    private final Adoption adoption;
    private final SecurityIdentity identity;

    GroupsResource(Adoption adoption, SecurityIdentity identity) {
        this.adoption = adoption;
        this.identity = identity;
    }

    record Adopter(String by) {}

    @POST
    @Path("{group}/adopt")
    @Operation(summary = "Adopt a newly mapped group's current members without removing anyone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adopt(@PathParam("group") String group, Adopter adopter) {
        try {
            return Response.ok(adoption.adopt(
                            group,
                            Caller.name(identity, adopter == null || adopter.by() == null ? "api" : adopter.by())))
                    .build();
        } catch (ApprovalRefused e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }
}
