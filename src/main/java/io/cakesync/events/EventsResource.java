package io.cakesync.events;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HR event receivers. They need no signed-in user: each verifies its sender's signature (or token)
 * instead, and each is off until its secret is configured.
 */
@Path("/")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {
    private final Intake intake;
    private final GenericReceiver generic;
    private final PersonioReceiver personio;
    private final HibobReceiver hibob;
    private final BamboohrReceiver bamboohr;

    EventsResource(
            Intake intake,
            GenericReceiver generic,
            PersonioReceiver personio,
            HibobReceiver hibob,
            BamboohrReceiver bamboohr) {
        this.intake = intake;
        this.generic = generic;
        this.personio = personio;
        this.hibob = hibob;
        this.bamboohr = bamboohr;
    }

    @POST
    @Path("events/hr")
    public Response hr(@Context HttpHeaders headers, InputStream body) {
        return intake.accept(generic, headers, body);
    }

    @POST
    @Path("events/personio")
    public Response personio(@Context HttpHeaders headers, InputStream body) {
        return intake.accept(personio, headers, body);
    }

    @POST
    @Path("events/hibob")
    public Response hibob(@Context HttpHeaders headers, InputStream body) {
        return intake.accept(hibob, headers, body);
    }

    @POST
    @Path("events/bamboohr")
    public Response bamboohr(@Context HttpHeaders headers, InputStream body) {
        return intake.accept(bamboohr, headers, body);
    }
}
