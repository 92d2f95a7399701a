package io.cakesync.audit;

import io.cakesync.reconcile.vocabulary.Outcome;
import java.time.OffsetDateTime;

/** One audited membership change with its outcome. */
public record ChangeView(long id, long runId, String groupId, String groupName, String action, String userId,
        String email, String employeeId, String reason, Outcome outcome, Integer httpStatus, int attempts,
        String error, OffsetDateTime plannedAt, OffsetDateTime decidedAt) {
}
