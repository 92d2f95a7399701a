package io.cakesync.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Gives a single-sign-on user cakesync's roles from the configured claim, and only those: whatever else
 * the identity provider calls a role grants nothing here. A user with none of the values gets no role
 * and is refused (403) everywhere. Local users (no token) are left as they are.
 */
@ApplicationScoped
class SsoRoles implements SecurityIdentityAugmentor {
    private final AuthConfig.Oidc config;

    SsoRoles(AuthConfig config) {
        this.config = config.oidc();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(token)
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .addRoles(roles(claimValues(token, config.roleClaim())))
                        .build());
    }

    private Set<String> roles(Set<String> values) {
        if (values.stream().anyMatch(config.operatorValues()::contains)) {
            return Roles.granted(Roles.OPERATOR);
        }
        return values.stream().anyMatch(config.viewerValues()::contains) ? Roles.granted(Roles.VIEWER) : Set.of();
    }

    /** The claim's string values; a path's segments are separated by '/' ({@code realm_access/roles}). */
    static Set<String> claimValues(JsonWebToken token, String path) {
        List<String> segments = List.of(path.split("/"));
        Object value = token.getClaim(segments.get(0));
        for (String segment : segments.subList(1, segments.size())) {
            value = value instanceof JsonObject object ? object.get(segment) : null;
        }
        Set<String> values = new HashSet<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> add(v, values));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> add(v, values));
        } else {
            add(value, values);
        }
        return values;
    }

    private static void add(Object value, Set<String> values) {
        if (value instanceof JsonString s) {
            values.add(s.getString());
        } else if (value instanceof String s) {
            values.add(s);
        }
    }
}
