package io.cakesync.source.hibob;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/** The API service user. {@link #toString()} is redacted so the token cannot reach a log by accident. */
record HibobCredentials(String serviceUserId, String token) {

    static HibobCredentials from(SourceConfig.Hibob settings) {
        return new HibobCredentials(
                required(
                        settings.serviceUserId(),
                        "sync.source.hibob.service-user-id",
                        "SYNC_SOURCE_HIBOB_SERVICE_USER_ID"),
                required(settings.token(), "sync.source.hibob.token", "SYNC_SOURCE_HIBOB_TOKEN"));
    }

    /** HTTP basic: the service user's id as the user name, its token as the password. */
    String authorization() {
        return "Basic "
                + Base64.getEncoder().encodeToString((serviceUserId + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Optional<String> value, String key, String env) {
        return value.map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() -> new SourceException(
                        "HiBob is not configured: set " + key + " (environment variable " + env + ")"));
    }

    @Override
    public String toString() {
        return "HibobCredentials[redacted]";
    }
}
