package io.cakesync.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * One request's way through the Personio sandbox: latency, the endpoint's rate limit, an injected
 * fault, the endpoint, recording (with the client secret masked), answer.
 */
final class PersonioHandler implements HttpHandler {
    private final PersonioSandboxOptions options;
    private final RateLimiter authLimiter;
    private final RateLimiter employeesLimiter;
    private final Faults faults;
    private final PersonioRoutes routes;
    private final RequestLog log;

    PersonioHandler(
            PersonioSandboxOptions options,
            RateLimiter authLimiter,
            RateLimiter employeesLimiter,
            Faults faults,
            PersonioRoutes routes,
            RequestLog log) {
        this.options = options;
        this.authLimiter = authLimiter;
        this.employeesLimiter = employeesLimiter;
        this.faults = faults;
        this.routes = routes;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Headers headers = exchange.getRequestHeaders();
            pause(options.latency());
            OptionalLong retryAfter = (path.equals("/v1/auth") ? authLimiter : employeesLimiter).acquire();
            Response response;
            Fault fault = null;
            if (retryAfter.isPresent()) {
                Response refused = PersonioRoutes.error(429, "Too Many Requests");
                response = new Response(
                        429,
                        refused.contentType(),
                        refused.body(),
                        Map.of("Retry-After", Long.toString(retryAfter.getAsLong())));
            } else {
                fault = faults.take(method, path).orElse(null);
                response = fault instanceof Fault.Respond respond
                        ? injected(respond)
                        : routes.handle(
                                method,
                                path,
                                query,
                                body,
                                headers.getFirst("Content-Type"),
                                headers.getFirst("Authorization"));
            }
            log.add(new RecordedRequest(method, path, query, masked(body), response.status()));
            if (fault instanceof Fault.ApplyThenHold held) {
                held.hold().arriveAndWait();
            }
            send(exchange, response);
        } finally {
            exchange.close();
        }
    }

    private String masked(String body) {
        return body.replace(options.clientSecret(), "****");
    }

    private static Response injected(Fault.Respond respond) {
        Response failed = PersonioRoutes.error(respond.status(), "injected fault");
        return respond.retryAfterSeconds() == null
                ? failed
                : new Response(
                        failed.status(),
                        failed.contentType(),
                        failed.body(),
                        Map.of("Retry-After", respond.retryAfterSeconds().toString()));
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Interrupted only when the server is closing; the answer then goes nowhere anyway. */
    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
