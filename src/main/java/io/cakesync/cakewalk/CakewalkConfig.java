package io.cakesync.cakewalk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Connection and call policy for the Cakewalk Open API. Every key can be set from the environment. */
@ConfigMapping(prefix = "cakewalk")
public interface CakewalkConfig {

    /** Base URL of the Open API, without {@code /api/v1}. */
    @WithDefault("https://open-api.getcakewalk.io")
    String url();

    /** Sent as {@code X-API-KEY}. A secret: never logged. */
    Optional<String> apiKey();

    /** Sent as {@code X-API-SECRET}. A secret: never logged. */
    Optional<String> apiSecret();

    /** The Cakewalk admin user recorded as requester of every membership change. */
    Optional<String> triggeredByUserId();

    /** Whether the access requests created by a membership change are approved automatically. */
    @WithDefault("true")
    boolean implicitlyApproveRequests();

    /** Client-side ceiling on calls per minute, kept below Cakewalk's 1,000. */
    @WithDefault("900")
    int rateLimitPerMinute();

    /** Most user ids sent in one add call. */
    @WithDefault("100")
    int batchSize();

    /** Group sync sources that the API may write to; groups from any other source are read-only. */
    @WithDefault("Cakewalk")
    List<String> writableGroupSources();

    /**
     * The most one call may take, its retries, backoff and Retry-After waits included. A Cakewalk
     * that accepts connections and never answers then costs a run this long per call, not
     * read-timeout times attempts.
     */
    @WithDefault("5m")
    Duration callDeadline();

    Retry retry();

    interface Retry {
        /** Attempts per call, the first included. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();
    }
}
