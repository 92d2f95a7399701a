package io.cakesync.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One HR event as the admin UI and API show it: where it came from, whom it named, and what became
 * of it: {@code state} PENDING (waiting, or waiting for a retry at {@code nextAttemptAt}), DONE or FAILED;
 * {@code runId} the targeted run that last took it, {@code outcome} that run's status.
 */
public record EventView(
        long id,
        String source,
        String externalId,
        List<String> people,
        OffsetDateTime receivedAt,
        String receivedBy,
        String state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        Long runId,
        String outcome,
        String note,
        OffsetDateTime settledAt) {}
