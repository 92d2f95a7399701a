package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

/** One membership change with the human reason an admin reads in the audit, and what it rests on. */
record PlannedChange(
        String groupId,
        String groupName,
        Action action,
        String userId,
        String email,
        String employeeId,
        String reason,
        Outcome outcome,
        Basis basis) {

    PlannedChange with(String newReason, Outcome newOutcome) {
        return new PlannedChange(groupId, groupName, action, userId, email, employeeId, newReason, newOutcome, basis);
    }
}
