package io.cakesync.source.hibob;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Timing;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourcePolicy;

/**
 * Sends the people search under HiBob's call policy: the client-side rate limit, 429 answered by waiting
 * as HiBob says, 5xx and I/O retried with backoff. 401 and 403 end the read after one call: HiBob's
 * firewall blocks a caller that keeps failing authentication, so a retry would only lock cakesync out.
 */
final class HibobCalls {
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final SourceConfig.Hibob settings;
    private final Timing timing;
    private CallPolicy policy;
    private HibobApi api;

    // Nothing is checked here: every connector is created when the kind is looked up, so a bad HiBob
    // setting must fail a HiBob read, not the start of a CSV one.
    HibobCalls(SourceConfig.Hibob settings, Timing timing) {
        this.settings = settings;
        this.timing = timing;
    }

    /** The response body of a successful search of everyone. */
    String search(String body) {
        return search(body, "");
    }

    /** The response body of a successful search; {@code scope} says whom it looked for, for messages. */
    String search(String body, String scope) {
        String authorization = HibobCredentials.from(settings).authorization();
        HibobApi client = api();
        CallPolicy policy = policy();
        for (int attempt = 1; ; attempt++) {
            policy.permit();
            HibobReply reply = HibobReply.of(() -> client.search(authorization, body));
            if (reply.ok()) {
                return reply.body();
            }
            if (reply.status() == 401 || reply.status() == 403) {
                throw denied(reply.status());
            }
            if (!reply.retryable() || attempt >= policy.maxAttempts()) {
                throw new SourceException("HiBob people search" + scope + " at " + settings.url() + " failed after "
                        + attempt + " attempt(s): " + reply.describe());
            }
            policy.beforeResend(reply.status() == 429, reply.wait(timing.clock().instant()), attempt);
        }
    }

    private static SourceException denied(int status) {
        String why = status == 401
                ? "HiBob rejected the service user's credentials (HTTP 401): check sync.source.hibob.service-user-id"
                        + " and sync.source.hibob.token (SYNC_SOURCE_HIBOB_SERVICE_USER_ID, SYNC_SOURCE_HIBOB_TOKEN)"
                : "HiBob refused the people search (HTTP 403): the service user may not read employees; add it to a"
                        + " permission group that may (Bob: Settings > Integrations > Service users)";
        return new SourceException(why + ". Not retried: HiBob blocks callers that repeat failed authentication");
    }

    private synchronized CallPolicy policy() {
        if (policy == null) {
            policy = SourcePolicy.of(
                    "hibob",
                    "rate-limit-per-minute",
                    settings.rateLimitPerMinute(),
                    settings.retry(),
                    MAX_RETRY_AFTER,
                    timing);
        }
        return policy;
    }

    private synchronized HibobApi api() {
        if (api == null) {
            URI base;
            try {
                base = URI.create(settings.url().strip());
            } catch (IllegalArgumentException e) {
                throw new SourceException("sync.source.hibob.url '" + settings.url() + "' is not a URL");
            }
            api = RestClientBuilder.newBuilder()
                    .baseUri(base)
                    .connectTimeout(10, TimeUnit.SECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .build(HibobApi.class);
        }
        return api;
    }
}
