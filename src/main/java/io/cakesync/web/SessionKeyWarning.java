package io.cakesync.web;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Warns, without the key, when users can sign in but their sessions rest on a per-process key. */
@ApplicationScoped
class SessionKeyWarning {
    private static final Logger LOG = Logger.getLogger(SessionKeyWarning.class);

    private final AuthConfig auth;

    SessionKeyWarning(AuthConfig auth) {
        this.auth = auth;
    }

    void onStart(@Observes StartupEvent event) {
        boolean users = auth.users().map(u -> !u.isEmpty()).orElse(false);
        String source =
                ConfigProvider.getConfig().getConfigValue(SessionKey.PROPERTY).getSourceName();
        if (users && source != null && source.contains(SessionKey.SOURCE)) {
            LOG.warn("quarkus.http.auth.session.encryption-key (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) is not set: "
                    + "this process made a random key of its own, so sign-ins to the pages do not survive a restart and "
                    + "do not work across replicas. Set at least 32 random characters, the same on every replica.");
        }
    }
}
