package io.cakesync.cakewalk;

import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

/** GETs are safe to repeat: retry 429, 5xx and I/O errors within the attempt budget. */
final class Reads {
    private final Exchange exchange;
    private final Pause pause;
    private final int maxAttempts;

    Reads(Exchange exchange, Pause pause, int maxAttempts) {
        this.exchange = exchange;
        this.pause = pause;
        this.maxAttempts = maxAttempts;
    }

    Reply get(String label, Supplier<Response> call) {
        Deadline deadline = exchange.deadline(label);
        for (int attempt = 1;; attempt++) {
            Reply reply = exchange.send(label, call, deadline);
            if (reply.ok()) {
                return reply;
            }
            if (reply.accessDenied()) {
                throw reply.denied(label);
            }
            boolean retryable = reply.rateLimited() || reply.outcomeUnknown();
            if (!retryable || attempt >= maxAttempts) {
                throw new CakewalkUnavailable(label + " failed after " + attempt + " attempt(s): " + reply.describe(),
                        reply.httpStatus(), attempt, reply.error());
            }
            pause.beforeResend(reply, attempt, deadline);
        }
    }
}
