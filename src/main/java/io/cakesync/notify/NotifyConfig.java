package io.cakesync.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who is told when something is wrong, and when. Channels without a setting are off. The SMTP server
 * for email is configured with the standard {@code quarkus.mailer.*} keys.
 */
@ConfigMapping(prefix = "notify")
public interface NotifyConfig {

    /** Generic webhook: every alert is POSTed as JSON. Often carries a token: treated as a secret. */
    Optional<String> webhookUrl();

    /** Slack-compatible incoming webhook. The URL is the credential: treated as a secret. */
    Optional<String> slackWebhookUrl();

    /** Email recipients; needs {@code quarkus.mailer.host} (and port, credentials, TLS as your server wants). */
    Optional<List<String>> emailTo();

    @WithDefault("cakesync@localhost")
    String emailFrom();

    /** Alert when this many runs in a row ended PARTIAL (once per streak). */
    @WithDefault("3")
    int partialRunsInARow();

    /** Alert when no run has succeeded for this long (once, until a run succeeds again). */
    @WithDefault("2h")
    Duration noSuccessAfter();

    /** How often the "no successful run" rule is evaluated; {@code off} disables it. */
    @WithDefault("5m")
    String noSuccessCheckEvery();

    /** Attempts per alert and channel, the first included. */
    @WithDefault("3")
    int deliveryAttempts();

    /** Wait before the second attempt; doubles after each failure. */
    @WithDefault("2s")
    Duration deliveryBackoff();
}
