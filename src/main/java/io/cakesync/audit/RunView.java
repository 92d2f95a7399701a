package io.cakesync.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

/**
 * One run as admins see it: what started it, how it ended, its change counts by outcome, the safety
 * figures it was judged on, the digest of its held plan and the admin decision on it, if any. A run
 * whose held changes equal another run's outstanding plan names that run ({@code heldByRun}) and shares
 * its decision; a run holding a plan of its own says until when it can be approved.
 */
public record RunView(
        long id,
        RunStatus status,
        String trigger,
        String mode,
        String node,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String sourceOrigin,
        Integer sourceRows,
        Integer sourceRejected,
        Integer apiCalls,
        String summary,
        String error,
        Map<Outcome, Integer> outcomes,
        String safety,
        String planDigest,
        Long approvesRun,
        Decisions.Decision decision,
        Long heldByRun,
        OffsetDateTime planExpiresAt) {}
