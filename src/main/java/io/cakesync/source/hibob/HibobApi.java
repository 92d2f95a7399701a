package io.cakesync.source.hibob;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** HiBob's people search as plain HTTP; {@link HibobCalls} alone decides what a status means. */
@Path("/v1/people")
interface HibobApi {

    /** A read, sent as POST because the request has a body (the fields, showInactive, humanReadable). */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response search(@HeaderParam("Authorization") String authorization, String body);
}
