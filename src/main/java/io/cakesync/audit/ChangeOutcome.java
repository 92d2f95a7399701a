package io.cakesync.audit;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * The settled result of one planned change, named by its group, action and user;
 * {@code httpStatus} is null when no response was received.
 */
public record ChangeOutcome(
        String groupId,
        String action,
        String userId,
        Outcome outcome,
        Integer httpStatus,
        int attempts,
        String error) {}
