package io.cakesync.ops;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Scrubs configured secrets from text that leaves the process (check output, notifications), so an
 * error message that happens to quote one cannot leak it.
 */
@ApplicationScoped
class Redactor {
    static final String MASK = "****";
    private static final List<String> SECRET_KEYS = List.of(
            "cakewalk.api-key",
            "cakewalk.api-secret",
            "quarkus.datasource.password",
            "quarkus.mailer.password",
            "notify.webhook-url",
            "notify.slack-webhook-url",
            "events.secret",
            "events.personio.token",
            "events.hibob.secret",
            "events.bamboohr.secret",
            "sync.source.personio.client-id",
            "sync.source.personio.client-secret",
            "sync.source.sql.password",
            "sync.source.hibob.token",
            "sync.source.bamboohr.api-key");

    private final List<String> secrets;

    @Inject
    Redactor(Config config) {
        this(SECRET_KEYS.stream()
                .map(k -> config.getOptionalValue(k, String.class))
                .flatMap(Optional::stream)
                .toList());
    }

    Redactor(List<String> secrets) {
        // Very short values would mask ordinary words; a real secret is never that short.
        this.secrets =
                secrets.stream().map(String::strip).filter(s -> s.length() >= 4).toList();
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
