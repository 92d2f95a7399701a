package io.cakesync.cakewalk;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Cakewalk Open API as plain HTTP. Every method returns the raw {@link Response} so that the
 * {@link Cakewalk} facade alone decides what a status means. Cursors are {@link Encoded}: they are
 * sent exactly as the server wrote them in {@code links.next}.
 */
@RegisterRestClient(configKey = "cakewalk")
@RegisterClientHeaders(CakewalkHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CakewalkApi {

    @GET
    @Path("/Users")
    Response users(@Encoded @QueryParam("cursor") String cursor);

    @GET
    @Path("/UsersGroups")
    Response groups(@Encoded @QueryParam("cursor") String cursor);

    @GET
    @Path("/UsersGroups/{usersGroupId}/Users")
    Response members(@PathParam("usersGroupId") String groupId, @Encoded @QueryParam("cursor") String cursor);

    @POST
    @Path("/UsersGroups/{usersGroupId}/Users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addMembers(@PathParam("usersGroupId") String groupId, AddUsersBody body);

    @DELETE
    @Path("/UsersGroups/{usersGroupId}/Users/{userId}")
    Response removeMember(@PathParam("usersGroupId") String groupId, @PathParam("userId") String userId);
}
