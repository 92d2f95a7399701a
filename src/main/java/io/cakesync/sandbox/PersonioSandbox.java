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
 * A {@link PersonioTenant} served over real HTTP on 127.0.0.1 and a random port, speaking the part of
 * Personio's v1 API cakesync reads, with latency, per-endpoint rate limits (429) and injected faults
 * (5xx) like the Cakewalk sandbox. Point {@code sync.source.personio.url} at {@link #url()}.
 */
public final class PersonioSandbox implements AutoCloseable {
    private static final int THREADS = 8;

    private final HttpServer http;
    private final ExecutorService pool;
    private final PersonioTenant tenant;
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();
    private final RateLimiter authLimiter;
    private final RateLimiter employeesLimiter;

    private PersonioSandbox(
            HttpServer http, ExecutorService pool, PersonioTenant tenant, PersonioSandboxOptions options) {
        this.http = http;
        this.pool = pool;
        this.tenant = tenant;
        this.authLimiter = new RateLimiter(options.authPerMinute(), System::nanoTime);
        this.employeesLimiter = new RateLimiter(options.employeesPerMinute(), System::nanoTime);
    }

    public static PersonioSandbox start(PersonioTenant tenant, PersonioSandboxOptions options) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Personio sandbox's HTTP port", e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "personio-sandbox-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        PersonioSandbox sandbox = new PersonioSandbox(http, pool, tenant, options);
        http.createContext(
                "/",
                new PersonioHandler(
                        options,
                        sandbox.authLimiter,
                        sandbox.employeesLimiter,
                        sandbox.faults,
                        new PersonioRoutes(tenant, options),
                        sandbox.log));
        http.setExecutor(pool);
        http.start();
        return sandbox;
    }

    /** Base URL without a trailing slash; the API lives under {@code /v1}. */
    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public PersonioTenant tenant() {
        return tenant;
    }

    /** One-shot faults by method and path regex, e.g. {@code respond("GET", "/v1/company/employees", 503, null)}. */
    public Faults faults() {
        return faults;
    }

    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public void clearRequests() {
        log.clear();
    }

    public long count(String method, String pathRegex) {
        return log.count(method, pathRegex);
    }

    public long rateLimitedResponses() {
        return authLimiter.refused() + employeesLimiter.refused();
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }
}
