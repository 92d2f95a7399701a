package io.cakesync.source.personio;

import java.util.Optional;

import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/** The API credential from the environment. Its {@code toString} never shows it. */
record PersonioCredentials(String clientId, String clientSecret) {
    static final String SETTINGS = "SYNC_SOURCE_PERSONIO_CLIENT_ID / SYNC_SOURCE_PERSONIO_CLIENT_SECRET"
            + " (sync.source.personio.client-id / sync.source.personio.client-secret)";

    static PersonioCredentials from(SourceConfig.Personio config) {
        return new PersonioCredentials(
                required(config.clientId(), "sync.source.personio.client-id", "SYNC_SOURCE_PERSONIO_CLIENT_ID"),
                required(
                        config.clientSecret(),
                        "sync.source.personio.client-secret",
                        "SYNC_SOURCE_PERSONIO_CLIENT_SECRET"));
    }

    String scrub(String text) {
        return text == null ? null : text.replace(clientSecret, "****").replace(clientId, "****");
    }

    @Override
    public String toString() {
        return "PersonioCredentials[****]";
    }

    private static String required(Optional<String> value, String key, String env) {
        return value.map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() -> new SourceException(key + " (" + env
                        + ") is not set: create an API credential in Personio (Settings > API credentials)"));
    }
}
