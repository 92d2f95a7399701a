package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

/** One membership change with the human reason an admin reads in the audit. */
record PlannedChange(String groupId, String groupName, Action action, String userId, String email,
        String employeeId, String reason, Outcome outcome) {
}
