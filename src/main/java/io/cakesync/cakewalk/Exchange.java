package io.cakesync.cakewalk;

import java.util.function.Supplier;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Deadline;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Sends one request: configuration check, client-side rate limit, deadline, counting. Never retries;
 * the attempts of one call share the {@link Deadline} it was given.
 */
final class Exchange {
    private final CakewalkConfig config;
    private final CallPolicy policy;
    private final CallCounter counter;

    Exchange(CakewalkConfig config, CallPolicy policy, CallCounter counter) {
        this.config = config;
        this.policy = policy;
        this.counter = counter;
    }

    /** Starts one call: every attempt and wait of it must be over by the deadline returned. */
    Deadline deadline(String label) {
        return policy.deadline(label);
    }

    Reply send(String label, Supplier<Response> call, Deadline deadline) {
        Credentials.from(config);
        counter.limiterWait(policy.permit());
        deadline.beforeAttempt();
        Reply reply = invoke(call);
        counter.call(label, reply.status());
        deadline.answered(reply.describe(), reply.httpStatus(), reply.error());
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
