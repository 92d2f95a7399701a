package io.cakesync.audit;

import java.time.OffsetDateTime;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * One audited membership change with its outcome, and the mode of its run ({@code LIVE}, {@code DRY_RUN},
 * {@code PREVIEW}): nothing of a dry run or a preview was sent, and the pages say so.
 */
public record ChangeView(
        long id,
        long runId,
        String groupId,
        String groupName,
        String action,
        String userId,
        String email,
        String employeeId,
        String reason,
        Outcome outcome,
        Integer httpStatus,
        int attempts,
        String error,
        OffsetDateTime plannedAt,
        OffsetDateTime decidedAt,
        String runMode) {

    public boolean live() {
        return "LIVE".equals(runMode);
    }
}
