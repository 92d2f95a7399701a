package io.cakesync.notify;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** Alerts once when no run has succeeded for {@code notify.no-success-after}; again after the next success. */
@ApplicationScoped
public class NoSuccessWatch {
    private final LastSuccess lastSuccess;
    private final Deliveries deliveries;
    private final NotifyConfig config;
    private Instant alertedFor;

    NoSuccessWatch(LastSuccess lastSuccess, Deliveries deliveries, NotifyConfig config) {
        this.lastSuccess = lastSuccess;
        this.deliveries = deliveries;
        this.config = config;
    }

    public synchronized void check() {
        Instant since = lastSuccess.since();
        Instant now = Instant.now();
        if (Duration.between(since, now).compareTo(config.noSuccessAfter()) > 0 && !since.equals(alertedFor)) {
            alertedFor = since;
            deliveries.deliver(Rules.noSuccess(since, config.noSuccessAfter(), now));
        }
    }
}
