package io.cakesync.reconcile;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.audit.AppliedChanges;

/**
 * What event runs already applied within the sliding window, per group: the guard counts it toward the
 * limits of the next event run, so a flood of small events cannot change more than one run may.
 */
record Window(Duration length, Map<String, Integer> removalsByGroup, Map<String, Integer> addsByGroup) {

    static final Window NONE = new Window(Duration.ZERO, Map.of(), Map.of());

    static Window of(Duration length, List<AppliedChanges.Count> counts) {
        Map<String, Integer> removals = new HashMap<>();
        Map<String, Integer> adds = new HashMap<>();
        for (AppliedChanges.Count c : counts) {
            (Action.REMOVE.name().equals(c.action()) ? removals : adds).merge(c.groupId(), c.changes(), Integer::sum);
        }
        return new Window(length, Map.copyOf(removals), Map.copyOf(adds));
    }

    Map<String, Integer> byGroup(Action action) {
        return action == Action.REMOVE ? removalsByGroup : addsByGroup;
    }

    int total(Action action) {
        return byGroup(action).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How the figures name what the window already holds, e.g. " (+4 by event runs in the last 60 min)". */
    String earlier(int count) {
        return count == 0 ? "" : " (+" + count + " by event runs in the last " + length.toMinutes() + " min)";
    }
}
