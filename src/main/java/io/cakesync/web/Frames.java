package io.cakesync.web;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

import io.cakesync.audit.RunFilter;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.RequestScoped;

@RequestScoped
class Frames {
    private static final RunFilter RUNNING = new RunFilter(RunStatus.RUNNING, null, null);

    private final SecurityIdentity identity;
    private final RunQueries queries;
    private final PlanStates plans;

    Frames(SecurityIdentity identity, RunQueries queries, PlanStates plans) {
        this.identity = identity;
        this.queries = queries;
        this.plans = plans;
    }

    /** Held plans that expired no longer need attention: the next run holds a fresh one. */
    Frame now() {
        return new Frame(
                user(),
                operator(),
                queries.runs(RUNNING, 1, 0).stream().findFirst().orElse(null),
                queries.awaitingDecision().stream().filter(plans::waiting).toList(),
                true);
    }

    /** Who is signed in, without asking the database. */
    Frame bare() {
        return new Frame(user(), operator(), null, List.of(), false);
    }

    boolean operator() {
        return identity.hasRole(Roles.OPERATOR);
    }

    String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
