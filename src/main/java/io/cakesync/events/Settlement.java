package io.cakesync.events;

import java.time.Instant;

/**
 * How a run left an event: {@code state} DONE, FAILED, or PENDING again with {@code retryAt}; the run's
 * status as {@code outcome}; and a {@code note} for the admin (people HR did not know, the error).
 */
record Settlement(long eventId, String state, long runId, String outcome, String note, Instant retryAt) {}
