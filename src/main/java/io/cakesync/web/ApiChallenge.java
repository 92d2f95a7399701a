package io.cakesync.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The API's answer to a caller without credentials: 401 with a Basic challenge, so that clients know
 * how to sign in, and a problem body like every other API error. Quarkus's own challenge for the
 * basic mechanism carries neither while the pages use form sign-in (a bare "basic" at most); a
 * wrong password gets the proper challenge header too.
 */
@ApplicationScoped
class ApiChallenge {
    static final String CHALLENGE = "Basic realm=\"cakesync\", charset=\"UTF-8\"";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"sign in: send the HTTP basic credentials of a configured user\"}";

    void install(@Observes Router router) {
        router.route("/api/*")
                .order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1)
                .handler(this::challenge);
    }

    private void challenge(RoutingContext rc) {
        if (rc.request().getHeader("Authorization") == null) {
            rc.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", CHALLENGE)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(PROBLEM);
            return;
        }
        rc.addHeadersEndHandler(v -> {
            if (rc.response().getStatusCode() == 401) {
                rc.response().putHeader("WWW-Authenticate", CHALLENGE);
            }
        });
        rc.next();
    }
}
