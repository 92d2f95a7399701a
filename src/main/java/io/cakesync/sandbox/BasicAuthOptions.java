package io.cakesync.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How an HR API sandbox behaves: the HTTP basic credentials it accepts ({@code password} null: any
 * password, as BambooHR does), the latency of every answer, and its own rate limit per sliding minute
 * (0 = unlimited), answered the way the provider answers it.
 */
public record BasicAuthOptions(String user, String password, Duration latency, int rateLimitPerMinute) {

    public BasicAuthOptions {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("latency and rateLimitPerMinute must not be negative");
        }
    }

    public BasicAuthOptions withLatency(Duration latency) {
        return new BasicAuthOptions(user, password, latency, rateLimitPerMinute);
    }

    public BasicAuthOptions withRateLimitPerMinute(int rateLimitPerMinute) {
        return new BasicAuthOptions(user, password, latency, rateLimitPerMinute);
    }

    /** Options end up in logs and assertion messages; the credentials must not. */
    @Override
    public String toString() {
        return "BasicAuthOptions[user=***, password=***, latency=" + latency + ", rateLimitPerMinute="
                + rateLimitPerMinute + "]";
    }
}
