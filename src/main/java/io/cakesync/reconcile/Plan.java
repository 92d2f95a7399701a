package io.cakesync.reconcile;

import java.util.List;

import io.cakesync.reconcile.vocabulary.Outcome;

/** Everything a run intends to do, computed before the first write. */
record Plan(List<PlannedChange> changes) {

    Plan {
        changes = List.copyOf(changes);
    }

    long count(Action action, Outcome outcome) {
        return changes.stream()
                .filter(c -> c.action() == action && c.outcome() == outcome)
                .count();
    }
}
