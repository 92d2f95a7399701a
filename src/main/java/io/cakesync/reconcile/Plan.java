package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

import java.util.List;

/** Everything a run intends to do, computed before the first write. */
record Plan(List<PlannedChange> changes) {

    Plan {
        changes = List.copyOf(changes);
    }

    long count(Action action, Outcome outcome) {
        return changes.stream().filter(c -> c.action() == action && c.outcome() == outcome).count();
    }
}
