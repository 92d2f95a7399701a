package io.cakesync.cakewalk;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Sends one request: configuration check, client-side rate limit, counting. Never retries. */
final class Exchange {
    private final CakewalkConfig config;
    private final RateLimiter limiter;
    private final CallCounter counter;

    Exchange(CakewalkConfig config, RateLimiter limiter, CallCounter counter) {
        this.config = config;
        this.limiter = limiter;
        this.counter = counter;
    }

    Reply send(String label, Supplier<Response> call) {
        Credentials.from(config);
        counter.limiterWait(limiter.acquire());
        Reply reply = invoke(call);
        counter.call(label, reply.status());
        return reply;
    }

    private static Reply invoke(Supplier<Response> call) {
        try {
            return Reply.of(call.get());
        } catch (WebApplicationException e) {
            // Only reached if the default exception mapper is enabled; the status is still the server's answer.
            return Reply.of(e.getResponse());
        } catch (ProcessingException e) {
            return Reply.noResponse(e);
        }
    }
}
