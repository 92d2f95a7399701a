package io.cakesync.cakewalk;

import java.util.function.Supplier;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Deadline;

import jakarta.ws.rs.core.Response;

/** GETs are safe to repeat: retry 429, 5xx and I/O errors within the attempt budget. */
final class Reads {
    private final Exchange exchange;
    private final CallPolicy policy;

    Reads(Exchange exchange, CallPolicy policy) {
        this.exchange = exchange;
        this.policy = policy;
    }

    Reply get(String label, Supplier<Response> call) {
        Deadline deadline = exchange.deadline(label);
        try {
            return get(label, call, deadline);
        } catch (Deadline.DeadlinePassed e) {
            throw new CakewalkUnavailable(e.getMessage(), e.status(), e.attempts(), e.getCause());
        }
    }

    private Reply get(String label, Supplier<Response> call, Deadline deadline) {
        for (int attempt = 1; ; attempt++) {
            Reply reply = exchange.send(label, call, deadline);
            if (reply.ok()) {
                return reply;
            }
            if (reply.accessDenied()) {
                throw reply.denied(label);
            }
            boolean retryable = reply.rateLimited() || reply.outcomeUnknown();
            if (!retryable || attempt >= policy.maxAttempts()) {
                throw new CakewalkUnavailable(
                        label + " failed after " + attempt + " attempt(s): " + reply.describe(),
                        reply.httpStatus(),
                        attempt,
                        reply.error());
            }
            policy.beforeResend(reply.rateLimited(), reply.retryAfter(), attempt, deadline);
        }
    }
}
