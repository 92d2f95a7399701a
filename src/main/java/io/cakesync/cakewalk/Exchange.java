package io.cakesync.cakewalk;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Sends one request: configuration check, client-side rate limit, deadline, counting. Never retries;
 * the attempts of one call share the {@link Deadline} it was given.
 */
final class Exchange {
    private final CakewalkConfig config;
    private final RateLimiter limiter;
    private final CallCounter counter;
    private final PhaseDeadline phase;
    private final LongSupplier nanoTime;

    Exchange(CakewalkConfig config, RateLimiter limiter, CallCounter counter, PhaseDeadline phase,
            LongSupplier nanoTime) {
        this.config = config;
        this.limiter = limiter;
        this.counter = counter;
        this.phase = phase;
        this.nanoTime = nanoTime;
    }

    /** Starts one call: every attempt and wait of it must be over by the deadline returned. */
    Deadline deadline(String label) {
        return Deadline.of(label, config.callDeadline(), phase, nanoTime);
    }

    Reply send(String label, Supplier<Response> call, Deadline deadline) {
        Credentials.from(config);
        counter.limiterWait(limiter.acquire());
        deadline.beforeAttempt();
        Reply reply = invoke(call);
        counter.call(label, reply.status());
        deadline.answered(reply);
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
