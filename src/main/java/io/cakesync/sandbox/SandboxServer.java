package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A {@link SandboxTenant} served over real HTTP on 127.0.0.1 and a random port, speaking the
 * subset of the Cakewalk Open API that cakesync uses. The handler pool is large so that latency
 * and concurrent calls overlap as they would against the real service.
 */
public final class SandboxServer implements AutoCloseable {

    private static final int THREADS = 32;

    private final HttpServer http;
    private final ExecutorService pool;
    private final SandboxTenant tenant;
    private final Faults faults;
    private final RequestLog log;
    private final RateLimiter limiter;
    private final String url;

    private SandboxServer(
            HttpServer http,
            ExecutorService pool,
            SandboxTenant tenant,
            Faults faults,
            RequestLog log,
            RateLimiter limiter) {
        this.http = http;
        this.pool = pool;
        this.tenant = tenant;
        this.faults = faults;
        this.log = log;
        this.limiter = limiter;
        this.url = "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public static SandboxServer start(SandboxTenant tenant, SandboxOptions options) {
        HttpServer http;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            http = HttpServer.create(new InetSocketAddress(loopback, 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sandbox's HTTP port", e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "cakewalk-sandbox-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        SandboxServer server = new SandboxServer(
                http,
                pool,
                tenant,
                new Faults(),
                new RequestLog(),
                new RateLimiter(options.rateLimitPerMinute(), System::nanoTime));
        Routes routes = new Routes(tenant, new Pager(options, server.url));
        http.createContext("/", new ApiHandler(options, server.limiter, server.faults, routes, server.log));
        http.setExecutor(pool);
        http.start();
        return server;
    }

    /** Base URL without a trailing slash; the API lives under {@code /api/v1}. */
    public String url() {
        return url;
    }

    public SandboxTenant tenant() {
        return tenant;
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

    public long rateLimitedResponses() {
        return limiter.refused();
    }

    /** Stops at once; handlers still waiting on latency or a hold are interrupted. */
    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }
}
