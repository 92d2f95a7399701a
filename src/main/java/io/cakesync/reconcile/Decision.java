package io.cakesync.reconcile;

import java.util.List;
import java.util.Optional;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * What a run decided, before anything is sent: the plan with each change's outcome so far, the figures
 * the guard judged it on, the digest of the held changes (null when nothing is held), the approval the
 * run carries, and the headcount the next runs compare with.
 */
record Decision(Plan plan, List<String> figures, String heldDigest, Optional<Approval> approval,
        SourceHealth.Headcount headcount) {

    boolean held() {
        return plan.changes().stream().anyMatch(c -> c.outcome() == Outcome.HELD);
    }
}
