package io.cakesync.reconcile;

import java.util.List;

/** Everything a run intends to do, computed before the first write. */
public record Plan(List<PlannedChange> changes) {

    public Plan {
        changes = List.copyOf(changes);
    }

    public long count(Action action, Disposition disposition) {
        return changes.stream().filter(c -> c.action() == action && c.disposition() == disposition).count();
    }
}
