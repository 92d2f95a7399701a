package io.cakesync.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * One request's way through the sandbox: latency, authentication, rate limit, injected fault,
 * the endpoint itself, recording, answer. Each step mirrors where the real service would refuse.
 */
final class ApiHandler implements HttpHandler {

    private final SandboxOptions options;
    private final RateLimiter limiter;
    private final Faults faults;
    private final Routes routes;
    private final RequestLog log;

    ApiHandler(SandboxOptions options, RateLimiter limiter, Faults faults, Routes routes, RequestLog log) {
        this.options = options;
        this.limiter = limiter;
        this.faults = faults;
        this.routes = routes;
        this.log = log;
    }

    private record Incoming(String method, String path, String query, String body, Headers headers) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Incoming in = new Incoming(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders());
            pause(options.latency());
            Optional<Response> refusal = refusal(in.headers());
            Fault fault = refusal.isPresent()
                    ? null
                    : faults.take(in.method(), in.path()).orElse(null);
            Response response = refusal.orElseGet(() -> answer(in, fault));
            log.add(new RecordedRequest(in.method(), in.path(), in.query(), in.body(), response.status()));
            if (fault instanceof Fault.ApplyThenHold held) {
                held.hold().arriveAndWait();
            }
            send(exchange, response);
        } finally {
            exchange.close();
        }
    }

    private Optional<Response> refusal(Headers headers) {
        if (!authenticated(headers)) {
            return Optional.of(Problems.of(401, "missing or invalid X-API-KEY / X-API-SECRET headers"));
        }
        OptionalLong retryAfter = limiter.acquire();
        if (retryAfter.isPresent()) {
            return Optional.of(Problems.of(
                    429,
                    "rate limit of " + options.rateLimitPerMinute() + " requests per minute exceeded",
                    Map.of("Retry-After", Long.toString(retryAfter.getAsLong()))));
        }
        return Optional.empty();
    }

    private Response answer(Incoming in, Fault fault) {
        if (fault instanceof Fault.Respond respond) {
            return injected(respond.status(), respond.retryAfterSeconds());
        }
        Response routed = route(in);
        return fault instanceof Fault.ApplyThenRespond lost ? injected(lost.status(), null) : routed;
    }

    private Response route(Incoming in) {
        try {
            return routes.handle(
                    in.method(), in.path(), in.query(), in.body(), in.headers().getFirst("Content-Type"));
        } catch (ApiException e) {
            return Problems.of(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            return Problems.of(500, "sandbox failure: " + e);
        }
    }

    private static Response injected(int status, Integer retryAfterSeconds) {
        return Problems.of(
                status,
                "injected fault",
                retryAfterSeconds == null ? Map.of() : Map.of("Retry-After", retryAfterSeconds.toString()));
    }

    /** Constant-time comparison, so the sandbox does not teach timing leaks by example. */
    private boolean authenticated(Headers headers) {
        return same(headers.getFirst("X-API-KEY"), options.apiKey())
                && same(headers.getFirst("X-API-SECRET"), options.apiSecret());
    }

    private static boolean same(String given, String expected) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        headers.set("Content-Type", response.contentType());
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
