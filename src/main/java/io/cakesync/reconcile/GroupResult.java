package io.cakesync.reconcile;

import java.util.List;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * What applying one group's changes did: each change's outcome, the members cakesync added and removed,
 * and the group's members afterwards as far as the writes tell.
 */
record GroupResult(
        MappedGroup group,
        List<Sent> outcomes,
        List<String> added,
        List<String> removed,
        List<CakewalkUser> membersAfter) {

    /** One change as sent; {@code httpStatus} is null when no response was received. */
    record Sent(PlannedChange change, Outcome outcome, Integer httpStatus, int attempts, String error) {}

    long failed() {
        return outcomes.stream().filter(o -> o.outcome() == Outcome.FAILED).count();
    }
}
