package io.cakesync.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

/**
 * What a run decided, before anything is sent: the plan with each change's outcome so far, the figures
 * the guard judged it on, the digest of the held changes (null when nothing is held), the approval the
 * run carries, and the headcount the next runs compare with. {@code sameAs} is the run whose outstanding
 * plan the held changes equal (the run points at it instead of asking again); otherwise a held plan
 * can be approved until {@code planExpiresAt}.
 */
record Decision(
        Plan plan,
        List<String> figures,
        String heldDigest,
        Optional<Approval> approval,
        SourceHealth.Headcount headcount,
        Optional<Long> sameAs,
        Instant planExpiresAt) {

    /** A live run's status once its plan was applied: failures first, then anything held. */
    RunStatus statusAfter(Applier.Counted sent) {
        return sent.failed() > 0 ? RunStatus.PARTIAL : held() ? RunStatus.HELD : RunStatus.SUCCEEDED;
    }

    boolean held() {
        return plan.changes().stream().anyMatch(c -> c.outcome() == Outcome.HELD);
    }
}
