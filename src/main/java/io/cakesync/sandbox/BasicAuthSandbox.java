package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HR API served over real HTTP on 127.0.0.1 and a random port, for the demo and tests: HTTP basic
 * authentication, latency, a server-side rate limit answered in the provider's own way, one-shot
 * {@link Faults} and a {@link RecordedRequest} log. The API itself is a {@link Api}.
 */
public class BasicAuthSandbox implements AutoCloseable {
    private static final int THREADS = 16;

    /** The endpoints; {@code query} is the raw query string or null. Throw {@link ApiException} to refuse. */
    interface Api {
        Response handle(String method, String path, String query, String body);
    }

    /** The provider's answer to a call over its rate limit; {@code seconds} is when a slot frees up. */
    interface Throttle {
        Response refuse(int perMinute, long seconds);
    }

    private final HttpServer http;
    private final ExecutorService pool;
    private final BasicAuthOptions options;
    private final RateLimiter limiter;
    private final Throttle throttle;
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();
    private final String url;
    private Api api;

    BasicAuthSandbox(String name, BasicAuthOptions options, Throttle throttle) {
        try {
            http = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the " + name + " sandbox's HTTP port", e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, name + "-sandbox-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.options = options;
        this.limiter = new RateLimiter(options.rateLimitPerMinute(), System::nanoTime);
        this.throttle = throttle;
        this.url = "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Starts answering with {@code api}; the constructor does not, so that routes can know {@link #url()}. */
    void serve(Api api) {
        this.api = api;
        http.createContext("/", this::handle);
        http.setExecutor(pool);
        http.start();
    }

    /** Base URL without a trailing slash. */
    public String url() {
        return url;
    }

    public Faults faults() {
        return faults;
    }

    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public void clearRequests() {
        log.clear();
    }

    /** Recorded requests with this method whose whole path matches the regex. */
    public long count(String method, String pathRegex) {
        return log.count(method, pathRegex);
    }

    /** Calls refused by the sandbox's own rate limit. */
    public long rateLimitedResponses() {
        return limiter.refused();
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            pause(options.latency());
            Response response = answer(
                    method, path, query, body, exchange.getRequestHeaders().getFirst("Authorization"));
            log.add(new RecordedRequest(method, path, query, body, response.status()));
            send(exchange, response);
        } finally {
            exchange.close();
        }
    }

    private Response answer(String method, String path, String query, String body, String authorization) {
        if (!authenticated(authorization)) {
            return error(401, "Unauthorized", Map.of("WWW-Authenticate", "Basic realm=\"api\""));
        }
        OptionalLong wait = limiter.acquire();
        if (wait.isPresent()) {
            return throttle.refuse(options.rateLimitPerMinute(), wait.getAsLong());
        }
        Fault fault = faults.take(method, path).orElse(null);
        if (fault instanceof Fault.Respond respond) {
            return error(
                    respond.status(),
                    "injected fault",
                    respond.retryAfterSeconds() == null
                            ? Map.of()
                            : Map.of("Retry-After", respond.retryAfterSeconds().toString()));
        }
        try {
            return api.handle(method, path, query, body);
        } catch (ApiException e) {
            return error(e.status(), e.getMessage(), Map.of());
        } catch (RuntimeException e) {
            return error(500, "sandbox failure: " + e, Map.of());
        }
    }

    static Response error(int status, String message, Map<String, String> headers) {
        return new Response(status, Response.JSON, Json.write(Json.object().put("error", message)), headers);
    }

    /** Constant-time comparison, so the sandbox does not teach timing leaks by example. */
    private boolean authenticated(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        return same(decoded.substring(0, colon), options.user())
                && (options.password() == null || same(decoded.substring(colon + 1), options.password()));
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
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
