package io.cakesync.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SandboxServer} behaves. {@code rateLimitPerMinute} 0 means unlimited. The real API
 * hands out relative {@code next} links and {@code null} on the last page; the flags switch to
 * the other documented variants so clients can be tested against both.
 */
public record SandboxOptions(
        String apiKey,
        String apiSecret,
        int pageSize,
        Duration latency,
        int rateLimitPerMinute,
        boolean absoluteLinks,
        boolean omitNextOnLastPage) {

    public SandboxOptions {
        if (apiKey == null || apiKey.isBlank() || apiSecret == null || apiSecret.isBlank()) {
            throw new IllegalArgumentException("apiKey and apiSecret must not be blank");
        }
        if (pageSize < 1 || pageSize > Cursor.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + Cursor.MAX_PAGE_SIZE);
        }
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must be 0 (unlimited) or positive");
        }
    }

    public static SandboxOptions defaults(String apiKey, String apiSecret) {
        return new SandboxOptions(apiKey, apiSecret, 100, Duration.ZERO, 1000, false, false);
    }

    public SandboxOptions withPageSize(int pageSize) {
        return new SandboxOptions(
                apiKey, apiSecret, pageSize, latency, rateLimitPerMinute, absoluteLinks, omitNextOnLastPage);
    }

    public SandboxOptions withLatency(Duration latency) {
        return new SandboxOptions(
                apiKey, apiSecret, pageSize, latency, rateLimitPerMinute, absoluteLinks, omitNextOnLastPage);
    }

    public SandboxOptions withRateLimitPerMinute(int rateLimitPerMinute) {
        return new SandboxOptions(
                apiKey, apiSecret, pageSize, latency, rateLimitPerMinute, absoluteLinks, omitNextOnLastPage);
    }

    public SandboxOptions withAbsoluteLinks(boolean absoluteLinks) {
        return new SandboxOptions(
                apiKey, apiSecret, pageSize, latency, rateLimitPerMinute, absoluteLinks, omitNextOnLastPage);
    }

    public SandboxOptions withOmitNextOnLastPage(boolean omitNextOnLastPage) {
        return new SandboxOptions(
                apiKey, apiSecret, pageSize, latency, rateLimitPerMinute, absoluteLinks, omitNextOnLastPage);
    }

    /** Options end up in logs and assertion messages; the credentials must not. */
    @Override
    public String toString() {
        return "SandboxOptions[apiKey=***, apiSecret=***, pageSize=" + pageSize + ", latency=" + latency
                + ", rateLimitPerMinute=" + rateLimitPerMinute + ", absoluteLinks=" + absoluteLinks
                + ", omitNextOnLastPage=" + omitNextOnLastPage + "]";
    }
}
