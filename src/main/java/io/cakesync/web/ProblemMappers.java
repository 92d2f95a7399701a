package io.cakesync.web;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Errors raised outside the resources' own handling: problem details for the API, an error page
 * inside the layout, with a way back, for the pages.
 */
class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ErrorPage page;

    ProblemMappers(ErrorPage page) {
        this.page = page;
    }

    @ServerExceptionMapper
    Response badQuery(BadQuery e, UriInfo uri) {
        return answer(uri, Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, Response.Status.FORBIDDEN, "your role does not allow this; ask for the operator role");
    }

    @ServerExceptionMapper
    Response unknown(Unknown e, UriInfo uri) {
        return answer(uri, Response.Status.NOT_FOUND, e.getMessage());
    }

    /** No resource matches the path, or a path parameter cannot be read (a run id that is not a number). */
    @ServerExceptionMapper
    Response notFound(NotFoundException e, UriInfo uri) {
        return answer(uri, Response.Status.NOT_FOUND, "there is nothing at " + uri.getPath());
    }

    /** Keeps the status JAX-RS chose (405, 415, ...), in the shape of the rest. */
    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return answer(
                uri,
                Response.Status.fromStatusCode(status.getStatusCode()) == null
                        ? Response.Status.BAD_REQUEST
                        : Response.Status.fromStatusCode(status.getStatusCode()),
                e.getMessage());
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("request to " + uri.getPath() + " failed", e);
        return answer(
                uri,
                Response.Status.INTERNAL_SERVER_ERROR,
                "something went wrong on our side; the log has the details");
    }

    private Response answer(UriInfo uri, Response.Status status, String detail) {
        String path = uri.getPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return Problem.response(status, detail);
        }
        return page.response(status, detail, path);
    }
}
