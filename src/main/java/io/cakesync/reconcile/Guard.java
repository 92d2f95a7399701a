package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Step 7: decides which planned changes may go out now and which wait for an admin. Pure, like the
 * planner. Removals are held when the HR read cannot vouch for them (rejected rows, a shrunken
 * headcount, no earlier run to compare with) or when they exceed the removal limits; adds are held
 * only by their own limits, so a removal problem never stops joiners from getting their tools.
 */
final class Guard {

    private Guard() {
    }

    record Verdict(Plan plan, List<String> figures) {
        boolean held() {
            return plan.changes().stream().anyMatch(c -> c.outcome() == Outcome.HELD);
        }
    }

    static Verdict judge(Plan plan, Map<String, Integer> memberCounts, SourceHealth source, Limits limits) {
        List<String> figures = new ArrayList<>();
        Map<Predicate<PlannedChange>, String> holds = new LinkedHashMap<>();
        Predicate<PlannedChange> removals = c -> c.action() == Action.REMOVE;
        Predicate<PlannedChange> adds = c -> c.action() == Action.ADD;

        sourceGate(source, limits, figures).ifPresent(why -> holds.put(removals, why));
        judgeGroups(plan, Action.REMOVE, memberCounts, limits, figures, holds);
        judgeGroups(plan, Action.ADD, memberCounts, limits, figures, holds);

        int members = memberCounts.values().stream().mapToInt(Integer::intValue).sum();
        int removing = count(plan, removals);
        boolean tooManyRemovals = limits.exceeds(removing, members, limits.maxRemovalsPerRun(),
                limits.maxRemovalSharePerRun());
        figures.add(String.format("removals this run: %d of %d members (%d%%), limits %d / %d%%: %s", removing,
                members, Limits.percent(removing, members), limits.maxRemovalsPerRun(),
                limits.maxRemovalSharePerRun(), tooManyRemovals ? "HELD" : "passed"));
        if (tooManyRemovals) {
            holds.putIfAbsent(removals, "removals this run exceed the run limit");
        }
        int adding = count(plan, adds);
        boolean tooManyAdds = adding > limits.maxAddsPerRun();
        figures.add(String.format("adds this run: %d, limit %d: %s", adding, limits.maxAddsPerRun(),
                tooManyAdds ? "HELD" : "passed"));
        if (tooManyAdds) {
            holds.putIfAbsent(adds, "adds this run exceed the run limit");
        }
        return new Verdict(hold(plan, holds), figures);
    }

    private static Optional<String> sourceGate(SourceHealth source, Limits limits, List<String> figures) {
        if (source.rejected() > 0) {
            String rows = source.rejected() + (source.rejected() == 1 ? " row" : " rows");
            figures.add("HR read: " + rows + " rejected, so the read is partial: removals HELD");
            return Optional.of("the HR read was partial (" + rows + " rejected)");
        }
        if (source.before().isEmpty()) {
            if (!limits.holdFirstRun()) {
                figures.add("no earlier successful run to compare the HR source with (first-run hold is off)");
                return Optional.empty();
            }
            figures.add("no earlier successful run to compare the HR source with: removals HELD for a first review");
            return Optional.of("first run: removals wait for an admin's review");
        }
        SourceHealth.Headcount now = source.now();
        SourceHealth.Headcount before = source.before().get();
        int totalDrop = drop(before.active(), now.active());
        boolean totalHeld = totalDrop > limits.maxHeadcountDrop();
        figures.add(String.format("active headcount: %d, was %d (-%d%%), limit %d%%: %s", now.active(),
                before.active(), totalDrop, limits.maxHeadcountDrop(), totalHeld ? "HELD" : "passed"));
        String worst = null;
        int worstDrop = 0;
        for (Map.Entry<String, Integer> d : before.byDepartment().entrySet()) {
            int dropped = drop(d.getValue(), now.byDepartment().getOrDefault(d.getKey(), 0));
            if (worst == null || dropped > worstDrop) {
                worst = d.getKey();
                worstDrop = dropped;
            }
        }
        boolean departmentHeld = worst != null && worstDrop > limits.maxHeadcountDrop();
        if (worst != null) {
            figures.add(String.format("largest department drop: %d%% in %s (%d → %d), limit %d%%: %s", worstDrop,
                    worst, before.byDepartment().get(worst), now.byDepartment().getOrDefault(worst, 0),
                    limits.maxHeadcountDrop(), departmentHeld ? "HELD" : "passed"));
        }
        if (totalHeld) {
            return Optional.of("active headcount dropped " + totalDrop + "% since the last successful run");
        }
        return departmentHeld
                ? Optional.of("department " + worst + " shrank " + worstDrop + "% since the last successful run")
                : Optional.empty();
    }

    private static void judgeGroups(Plan plan, Action action, Map<String, Integer> memberCounts, Limits limits,
            List<String> figures, Map<Predicate<PlannedChange>, String> holds) {
        Map<String, Integer> perGroup = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (PlannedChange c : plan.changes()) {
            if (c.action() == action && c.outcome() == Outcome.PLANNED) {
                perGroup.merge(c.groupId(), 1, Integer::sum);
                names.put(c.groupId(), c.groupName());
            }
        }
        String worst = null;
        Set<String> tripped = new HashSet<>();
        for (Map.Entry<String, Integer> g : perGroup.entrySet()) {
            int members = memberCounts.getOrDefault(g.getKey(), 0);
            boolean exceeded = action == Action.REMOVE
                    ? limits.exceeds(g.getValue(), members, limits.maxRemovalsPerGroup(), limits.maxRemovalSharePerGroup())
                    : g.getValue() > limits.maxAddsPerGroup();
            if (exceeded) {
                String group = g.getKey();
                tripped.add(group);
                holds.put(c -> c.action() == action && c.groupId().equals(group),
                        (action == Action.REMOVE ? "removals" : "adds") + " in " + names.get(group)
                                + " exceed the group limit");
            }
            if (worst == null || share(g.getValue(), members) > share(perGroup.get(worst),
                    memberCounts.getOrDefault(worst, 0))) {
                worst = g.getKey();
            }
        }
        if (worst == null) {
            return;
        }
        int n = perGroup.get(worst);
        int members = memberCounts.getOrDefault(worst, 0);
        boolean held = tripped.contains(worst);
        figures.add(action == Action.REMOVE
                ? String.format("largest removal share: %d%% in %s (%d of %d), limits %d / %d%%: %s",
                        Limits.percent(n, members), names.get(worst), n, members, limits.maxRemovalsPerGroup(),
                        limits.maxRemovalSharePerGroup(), held ? "HELD" : "passed")
                : String.format("most adds in one group: %d in %s, limit %d: %s", n, names.get(worst),
                        limits.maxAddsPerGroup(), held ? "HELD" : "passed"));
    }

    private static Plan hold(Plan plan, Map<Predicate<PlannedChange>, String> holds) {
        List<PlannedChange> judged = new ArrayList<>(plan.changes().size());
        for (PlannedChange c : plan.changes()) {
            String why = c.outcome() != Outcome.PLANNED ? null
                    : holds.entrySet().stream().filter(h -> h.getKey().test(c)).map(Map.Entry::getValue)
                            .findFirst().orElse(null);
            judged.add(why == null ? c
                    : new PlannedChange(c.groupId(), c.groupName(), c.action(), c.userId(), c.email(),
                            c.employeeId(), c.reason() + "; held: " + why, Outcome.HELD));
        }
        return new Plan(judged);
    }

    private static int count(Plan plan, Predicate<PlannedChange> which) {
        return (int) plan.changes().stream().filter(c -> c.outcome() == Outcome.PLANNED && which.test(c)).count();
    }

    private static int share(int part, int whole) {
        return Limits.percent(part, whole);
    }

    private static int drop(int before, int now) {
        return before <= now ? 0 : Limits.percent(before - now, before);
    }
}
