package io.cakesync.reconcile;

import java.util.Set;

import io.cakesync.source.Emails;

/**
 * Whom a run may change. A full run: everyone. A targeted run: only the people its events named, by
 * employee id or email (current or former), judged together with what event runs already applied.
 */
record Focus(boolean everyone, Set<String> employeeIds, Set<String> emails, Window earlier) {

    static final Focus EVERYONE = new Focus(true, Set.of(), Set.of(), Window.NONE);

    static Focus on(Set<String> employeeIds, Set<String> emails, Window earlier) {
        return new Focus(false, Set.copyOf(employeeIds), Set.copyOf(emails), earlier);
    }

    Plan keep(Plan plan) {
        return everyone
                ? plan
                : new Plan(plan.changes().stream().filter(this::concerns).toList());
    }

    private boolean concerns(PlannedChange c) {
        return (c.employeeId() != null && employeeIds.contains(c.employeeId()))
                || (c.email() != null && emails.contains(Emails.normalize(c.email())));
    }
}
