package io.cakesync.source.personio;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Personio's personnel data API v1 as plain HTTP; {@link PersonioCalls} alone decides what a status
 * means. The credentials travel in the form body: Personio deprecated them in the query string, where
 * proxies and access logs would keep them.
 */
@RegisterRestClient(configKey = "personio")
@RegisterClientHeaders(PersonioHeaders.class)
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
interface PersonioApi {

    @POST
    @Path("/auth")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response auth(@FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    @GET
    @Path("/company/employees")
    Response employees(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("limit") int limit,
            @QueryParam("offset") int offset);

    /** The list filtered to one address; Personio answers it as a list still. */
    @GET
    @Path("/company/employees")
    Response employeesByEmail(@HeaderParam("Authorization") String authorization, @QueryParam("email") String email);

    @GET
    @Path("/company/employees/{employee_id}")
    Response employee(@HeaderParam("Authorization") String authorization, @PathParam("employee_id") String employeeId);

    @GET
    @Path("/company/employees/attributes")
    Response attributes(@HeaderParam("Authorization") String authorization);
}
