package io.cakesync.audit;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One run as admins see it: what started it, how it ended, its change counts by outcome, the safety
 * figures it was judged on, the digest of its held plan and the admin decision on it, if any.
 */
public record RunView(long id, RunStatus status, String trigger, String mode, String node, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String sourceOrigin, Integer sourceRows, Integer sourceRejected, Integer apiCalls,
        String summary, String error, Map<Outcome, Integer> outcomes, String safety, String planDigest,
        Long approvesRun, Decisions.Decision decision) {
}
