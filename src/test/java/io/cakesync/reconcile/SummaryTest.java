package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cakesync.reconcile.vocabulary.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-line account says what happened, not counts of nothing. */
class SummaryTest {
    private final List<PlannedChange> changes = new ArrayList<>();

    @Test
    void aRunThatOnlyHeldSaysHowManyRemovalsWait() {
        changes(Action.REMOVE, Outcome.HELD, 8);

        assertThat(Summary.ofLiveRun(decision(Optional.empty()), new Applier.Counted(0, 0)))
                .isEqualTo("8 removals held for approval");
    }

    @Test
    void aRunHeldByAnOutstandingPlanNamesIt() {
        changes(Action.ADD, Outcome.PLANNED, 1);
        changes(Action.REMOVE, Outcome.HELD, 1);
        changes(Action.ADD, Outcome.DEFERRED, 2);

        assertThat(Summary.ofLiveRun(decision(Optional.of(42L)), new Applier.Counted(1, 0)))
                .isEqualTo(
                        "1 to add: 1 done, 0 failed; 1 removal held for approval (the plan run 42 holds, still awaiting a "
                                + "decision); 2 deferred");
    }

    @Test
    void aRunWithNothingToDoSaysSo() {
        assertThat(Summary.ofLiveRun(decision(Optional.empty()), new Applier.Counted(0, 0)))
                .isEqualTo("nothing to change");
    }

    @Test
    void aDryRunSaysWhatItWouldHold() {
        changes(Action.ADD, Outcome.PLANNED, 2);
        changes(Action.ADD, Outcome.HELD, 101);
        changes(Action.REMOVE, Outcome.HELD, 5);
        changes(Action.REMOVE, Outcome.SKIPPED, 1);

        assertThat(Summary.ofDryRun(decision(Optional.empty())))
                .isEqualTo(
                        "dry run: would add 2 and remove 0; would hold 101 adds and 5 removals for approval; 1 skipped");
    }

    private Decision decision(Optional<Long> sameAs) {
        return new Decision(
                new Plan(changes),
                List.of(),
                null,
                Optional.empty(),
                new SourceHealth.Headcount(0, Map.of()),
                sameAs,
                null);
    }

    private void changes(Action action, Outcome outcome, int n) {
        for (int i = 0; i < n; i++) {
            changes.add(new PlannedChange(
                    "g", "G", action, action + "-" + outcome + "-" + i, null, null, "why", outcome, Basis.RULE));
        }
    }
}
