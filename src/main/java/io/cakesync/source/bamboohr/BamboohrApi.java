package io.cakesync.source.bamboohr;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * BambooHR's employee list as plain HTTP; {@link BamboohrCalls} alone decides what a status means.
 * There is deliberately no filter or sort parameter but one: BambooHR silently drops an employee whose
 * filter or sort field the key may not read, and a dropped employee would look like a leaver. The one
 * exception is {@code filter[ids]}, for an event's named employees: it filters on {@code employeeId},
 * which BambooHR gives every key for every employee, so it drops nobody the key can list. Null on a
 * full read, which then sends no filter at all.
 */
@Path("/api/v1/employees")
interface BamboohrApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response employees(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("fields") String fields,
            @QueryParam("filter[ids]") String ids,
            @QueryParam("page[limit]") int limit,
            @QueryParam("page[after]") String after);
}
