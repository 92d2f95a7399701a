package io.cakesync.web;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking: approvals and adoptions record the signed-in user, not what a request body claims. */
final class Caller {
    private Caller() {}

    static String name(SecurityIdentity identity, String claimed) {
        return identity.isAnonymous() ? claimed : identity.getPrincipal().getName();
    }
}
