package io.cakesync.source.bamboohr;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/** The API key. {@link #toString()} is redacted so the key cannot reach a log by accident. */
record BamboohrCredentials(String apiKey) {

    static BamboohrCredentials from(SourceConfig.Bamboohr settings) {
        return new BamboohrCredentials(settings.apiKey()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .orElseThrow(() -> new SourceException("BambooHR is not configured: set sync.source.bamboohr.api-key"
                        + " (environment variable SYNC_SOURCE_BAMBOOHR_API_KEY)")));
    }

    /** HTTP basic with the key as the user name; BambooHR ignores the password. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":x").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "BamboohrCredentials[redacted]";
    }
}
