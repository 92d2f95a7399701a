package io.cakesync.audit;

import io.cakesync.reconcile.vocabulary.Outcome;

/** A planned change as written to the audit before anything is sent to Cakewalk. */
public record NewChange(
        String groupId,
        String groupName,
        String action,
        String userId,
        String email,
        String employeeId,
        String reason,
        Outcome outcome) {}
