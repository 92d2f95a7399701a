package io.cakesync.source.bamboohr;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Timing;
import io.cakesync.source.ListingMoved;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourcePolicy;

/**
 * Sends one page request under BambooHR's call policy: the client-side rate limit, throttling (429, or
 * 503 with Retry-After) answered by waiting as BambooHR says, other 5xx and I/O retried with backoff,
 * 401 and 403 final after one call.
 */
final class BamboohrCalls {
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private final SourceConfig.Bamboohr settings;
    private final Timing timing;
    private CallPolicy policy;
    private BamboohrApi api;
    private URI base;

    // Nothing is checked here: every connector is created when the kind is looked up, so a bad BambooHR
    // setting must fail a BambooHR read, not the start of a CSV one.
    BamboohrCalls(SourceConfig.Bamboohr settings, Timing timing) {
        this.settings = settings;
        this.timing = timing;
    }

    URI base() {
        client();
        return base;
    }

    /** A page of everyone when {@code ids} is null, else of the employees it names (comma-separated). */
    String page(String fields, String ids, int limit, String after) {
        String authorization = BamboohrCredentials.from(settings).authorization();
        BamboohrApi client = client();
        CallPolicy policy = policy();
        for (int attempt = 1; ; attempt++) {
            policy.permit();
            BamboohrReply reply = BamboohrReply.of(() -> client.employees(authorization, fields, ids, limit, after));
            if (reply.ok()) {
                return reply.body();
            }
            if (reply.status() == 401 || reply.status() == 403) {
                throw denied(reply);
            }
            if (reply.badPage()) {
                // 400 BadPage: the cursor's boundary employee changed between calls.
                throw new ListingMoved("BambooHR refused the page cursor (400 BadPage): employees changed while"
                        + " cakesync was paging");
            }
            if (!reply.retryable() || attempt >= policy.maxAttempts()) {
                throw new SourceException("BambooHR employee list" + (ids == null ? "" : " for employee(s) " + ids)
                        + " at " + base + " failed after " + attempt
                        + " attempt(s): " + reply.describe());
            }
            policy.beforeResend(reply.throttled(), reply.retryAfter(), attempt);
        }
    }

    private static SourceException denied(BamboohrReply reply) {
        String why = reply.status() == 401
                ? "BambooHR rejected the API key (HTTP 401): check sync.source.bamboohr.api-key"
                        + " (SYNC_SOURCE_BAMBOOHR_API_KEY) and sync.source.bamboohr.company"
                : "BambooHR refused the employee list (HTTP 403): the API key's user may not list employees; give"
                        + " that user an access level that may (BambooHR: Settings > Access Levels)";
        return new SourceException(why
                + (reply.errorMessage() == null
                        ? ""
                        : ". BambooHR said: " + reply.errorMessage().strip()) + ". Not retried");
    }

    private synchronized CallPolicy policy() {
        if (policy == null) {
            policy = SourcePolicy.of(
                    "bamboohr",
                    "rate-limit-per-minute",
                    settings.rateLimitPerMinute(),
                    settings.retry(),
                    MAX_RETRY_AFTER,
                    timing);
        }
        return policy;
    }

    private synchronized BamboohrApi client() {
        if (api == null) {
            base = BamboohrUrl.of(settings);
            api = RestClientBuilder.newBuilder()
                    .baseUri(base)
                    .connectTimeout(10, TimeUnit.SECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .build(BamboohrApi.class);
        }
        return api;
    }
}
