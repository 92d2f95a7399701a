package io.cakesync.web;

import io.cakesync.audit.RunFilter;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

@RequestScoped
class Frames {
    private static final RunFilter RUNNING = new RunFilter(RunStatus.RUNNING, null, null);

    private final SecurityIdentity identity;
    private final RunQueries queries;

    Frames(SecurityIdentity identity, RunQueries queries) {
        this.identity = identity;
        this.queries = queries;
    }

    Frame now() {
        return new Frame(identity.getPrincipal().getName(), operator(),
                queries.runs(RUNNING, 1, 0).stream().findFirst().orElse(null), queries.awaitingDecision());
    }

    boolean operator() {
        return identity.hasRole(Roles.OPERATOR);
    }

    String user() {
        return identity.getPrincipal().getName();
    }
}
