package io.cakesync.events;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * HR events in ({@code events.*}): the receivers (each off until its secret is set), how events are
 * coalesced into targeted runs, retried, and counted toward the safety limits.
 */
@ConfigMapping(prefix = "events")
interface EventsConfig {

    /** Shared secret of the generic endpoint {@code POST /events/hr} (HMAC-SHA256); unset = endpoint off. */
    Optional<String> secret();

    /** How far a signed timestamp may be from this server's clock. */
    @WithDefault("5m")
    Duration tolerance();

    /** How long to wait after the first pending event, so that a burst becomes one targeted run. */
    @WithDefault("2s")
    Duration coalesce();

    /** The sliding window over which event runs' removals and adds count toward the safety limits. */
    @WithDefault("1h")
    Duration window();

    /** How often to look for events another replica accepted or that are due for a retry. */
    @WithDefault("5s")
    Duration poll();

    /** Targeted runs an event gets before it is given up (and left to the next full run). */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the second attempt of an event whose run failed; doubles after each attempt. */
    @WithDefault("30s")
    Duration retryBackoff();

    /** Whether this process turns events into runs; off, it still accepts and stores them. */
    @WithDefault("true")
    boolean processing();

    Personio personio();

    Hibob hibob();

    Bamboohr bamboohr();

    interface Personio {
        /** The token Personio sends in the Authorization header (auth type TOKEN of its webhook). */
        Optional<String> token();

        /** Personio's docs do not show where person events carry the person, so this receiver is opt-in. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Hibob {
        /** The webhook's secret from Bob's webhook settings (Bob-Signature, HMAC-SHA512). */
        Optional<String> secret();
    }

    interface Bamboohr {
        /** The webhook's private key from BambooHR (X-BambooHR-Signature, HMAC-SHA256). */
        Optional<String> secret();
    }
}
