package io.cakesync.audit;

/** The settled result of one change; {@code httpStatus} is null when no response was received. */
public record ChangeOutcome(long changeId, Outcome outcome, Integer httpStatus, int attempts, String error) {
}
