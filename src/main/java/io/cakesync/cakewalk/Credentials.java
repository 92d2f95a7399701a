package io.cakesync.cakewalk;

import java.util.Optional;

/** The API key pair. {@link #toString()} is redacted so the secret cannot reach a log by accident. */
record Credentials(String apiKey, String apiSecret) {

    static Credentials from(CakewalkConfig config) {
        return new Credentials(
                required(config.apiKey(), "cakewalk.api-key", "CAKEWALK_API_KEY"),
                required(config.apiSecret(), "cakewalk.api-secret", "CAKEWALK_API_SECRET"));
    }

    static String triggeredByUserId(CakewalkConfig config) {
        return required(config.triggeredByUserId(), "cakewalk.triggered-by-user-id", "CAKEWALK_TRIGGERED_BY_USER_ID");
    }

    private static String required(Optional<String> value, String key, String env) {
        return value.map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElseThrow(() -> new IllegalStateException(
                        "Cakewalk is not configured: set " + key + " (environment variable " + env + ")"));
    }

    @Override
    public String toString() {
        return "Credentials[redacted]";
    }
}
