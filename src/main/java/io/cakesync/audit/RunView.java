package io.cakesync.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One run as admins see it in lists: what started it, how it ended, and its change counts by outcome. */
public record RunView(long id, RunStatus status, String trigger, String mode, String node, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String sourceOrigin, Integer sourceRows, Integer sourceRejected, Integer apiCalls,
        String summary, String error, Map<Outcome, Integer> outcomes) {
}
