package io.cakesync.notify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mailer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends alerts to every configured channel on a thread of its own, retrying with doubling waits. A
 * channel that stays down is logged, never thrown: a run must not fail because a webhook did.
 */
@ApplicationScoped
class Deliveries {
    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final List<Channel> channels = new ArrayList<>();
    private final NotifyConfig config;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cakesync-notify");
        t.setDaemon(true);
        return t;
    });

    Deliveries(NotifyConfig config, ObjectMapper json, Mailer mailer) {
        this.config = config;
        config.webhookUrl().map(URI::create).ifPresent(url -> channels.add(new WebhookChannel(url, json)));
        config.slackWebhookUrl().map(URI::create).ifPresent(url -> channels.add(new SlackChannel(url, json)));
        config.emailTo()
                .filter(to -> !to.isEmpty())
                .ifPresent(to -> channels.add(new EmailChannel(mailer, to, config.emailFrom())));
    }

    boolean any() {
        return !channels.isEmpty();
    }

    void deliver(Alert alert) {
        LOG.warnf("alert %s: %s", alert.kind(), alert.title());
        channels.forEach(channel -> attempt(channel, alert, 1, Duration.ZERO));
    }

    private void attempt(Channel channel, Alert alert, int attempt, Duration delay) {
        executor.schedule(
                () -> {
                    // The pool thread inherited the MDC of whichever run created it: label lines with this alert's run.
                    if (alert.runId() == null) {
                        MDC.remove("run");
                    } else {
                        MDC.put("run", "run=" + alert.runId());
                    }
                    try {
                        channel.send(alert);
                        LOG.infof("alert %s delivered via %s (attempt %d)", alert.kind(), channel.name(), attempt);
                    } catch (Exception e) {
                        if (attempt >= config.deliveryAttempts()) {
                            LOG.errorf(
                                    "alert %s NOT delivered via %s after %d attempt(s): %s",
                                    alert.kind(), channel.name(), attempt, e.getMessage());
                            return;
                        }
                        Duration next = delay.isZero() ? config.deliveryBackoff() : delay.multipliedBy(2);
                        LOG.warnf(
                                "alert %s via %s failed (attempt %d of %d): %s; retrying in %s",
                                alert.kind(), channel.name(), attempt, config.deliveryAttempts(), e.getMessage(), next);
                        attempt(channel, alert, attempt + 1, next);
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        // Give an alert raised by the last run (often the interrupted one) a moment to leave.
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
