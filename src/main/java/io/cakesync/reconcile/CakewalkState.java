package io.cakesync.reconcile;

import java.util.List;
import java.util.Map;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.MappedGroup;

/**
 * What Cakewalk looked like when the run read it: users by normalized email, members per mapped
 * group. {@code drift} holds, per group, the user ids whose membership a full refresh found changed
 * outside cakesync (keyed {@link #ADDED_OUTSIDE} / {@link #REMOVED_OUTSIDE}).
 */
record CakewalkState(
        List<MappedGroup> groups,
        Map<String, CakewalkUser> usersByEmail,
        Map<String, List<CakewalkUser>> membersByGroup,
        Map<String, Map<String, String>> drift) {

    static final String ADDED_OUTSIDE = "member added outside cakesync";
    static final String REMOVED_OUTSIDE = "member removed outside cakesync";

    CakewalkState(
            List<MappedGroup> groups,
            Map<String, CakewalkUser> usersByEmail,
            Map<String, List<CakewalkUser>> membersByGroup) {
        this(groups, usersByEmail, membersByGroup, Map.of());
    }

    /**
     * The plan with each change that undoes drift saying so in its reason, so an admin reading the
     * audit sees that cakesync reverted someone's edit in Cakewalk rather than acted on HR news.
     */
    Plan markDrift(Plan plan) {
        if (drift.isEmpty()) {
            return plan;
        }
        return new Plan(plan.changes().stream()
                .map(c -> {
                    String how = c.userId() == null
                            ? null
                            : drift.getOrDefault(c.groupId(), Map.of()).get(c.userId());
                    return how == null
                            ? c
                            : c.with("drift: " + c.reason() + " (" + how + ", found on full refresh)", c.outcome());
                })
                .toList());
    }

    int driftCount() {
        return drift.values().stream().mapToInt(Map::size).sum();
    }
}
