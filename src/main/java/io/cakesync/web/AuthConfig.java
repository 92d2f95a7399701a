package io.cakesync.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may use the admin UI and API. Local users: one entry each, {@code name:role:bcrypt-hash}, so that the
 * whole list fits one environment variable ({@code AUTH_USERS}); role is {@code viewer} or {@code operator}.
 * With no users and no single sign-on, nobody can sign in: the UI and API stay closed.
 */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {
    Optional<List<String>> users();

    Oidc oidc();

    /**
     * Single sign-on with an OpenID Connect provider, configured with Quarkus's {@code quarkus.oidc.*} keys
     * (issuer, client id and secret); this says how its users get cakesync's roles.
     */
    interface Oidc {
        /** On when the issuer ({@code quarkus.oidc.auth-server-url}) is set, unless set false here. */
        Optional<Boolean> enabled();

        /** The token claim (a path: {@code realm_access/roles}) that lists the user's groups or roles. */
        @WithDefault("groups")
        String roleClaim();

        /** Claim values that make a user a viewer. */
        @WithDefault("cakesync-viewer")
        List<String> viewerValues();

        /** Claim values that make a user an operator (who can also do all a viewer can). */
        @WithDefault("cakesync-operator")
        List<String> operatorValues();
    }
}
