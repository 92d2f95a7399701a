package io.cakesync.web;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/** Errors raised outside the resources' own handling, answered as problem details too. */
class ProblemMappers {

    @ServerExceptionMapper
    Response badQuery(BadQuery e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "your role does not allow this; ask for the operator role");
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
    }
}
