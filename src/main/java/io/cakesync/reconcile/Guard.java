package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * Step 7: decides which planned changes may go out now and which wait for an admin. Pure, like the
 * planner. Removals are judged by what they rest on ({@link Basis}): a doubtful HR read (rejected
 * records, a shrunken headcount) holds the removals that are only inferred, while those a valid record
 * backs still go out; a value a rule depends on that vanished holds its removals; a first run holds
 * every removal for a first review. Removal limits hold mass removals of any kind, leaver limits a mass
 * of leavers, and adds are held only by their own limits, so a removal problem never stops joiners
 * getting their tools. Every hold that applies to a change is named in its reason and every gate in
 * the figures.
 */
final class Guard {
    static final String HELD = "; held: ";

    private Guard() {}

    record Verdict(Plan plan, List<String> figures) {
        boolean held() {
            return plan.changes().stream().anyMatch(c -> c.outcome() == Outcome.HELD);
        }
    }

    private record Hold(Predicate<PlannedChange> applies, String why) {}

    private static final Predicate<PlannedChange> REMOVALS = c -> c.action() == Action.REMOVE;
    private static final Predicate<PlannedChange> ADDS = c -> c.action() == Action.ADD;
    private static final Predicate<PlannedChange> INFERRED =
            c -> c.action() == Action.REMOVE && c.basis().inferred();

    static Verdict judge(Plan plan, Map<String, Integer> memberCounts, SourceHealth source, Limits limits) {
        return judge(plan, memberCounts, source, limits, Window.NONE);
    }

    /**
     * {@code earlier}: what event runs applied within the window counts toward this run's limits, as if
     * it were part of this run; the groups' member counts are taken from before those removals.
     */
    static Verdict judge(
            Plan plan, Map<String, Integer> memberCounts, SourceHealth source, Limits limits, Window earlier) {
        List<String> figures = new ArrayList<>();
        List<Hold> holds = new ArrayList<>();
        Map<String, Integer> before = new HashMap<>(memberCounts);
        earlier.removalsByGroup().forEach((group, n) -> before.merge(group, n, Integer::sum));

        evidence(plan, figures);
        firstRun(source, limits, figures, holds);
        doubt(source, limits, figures, holds);
        vanished(plan, figures, holds);
        judgeGroups(plan, Action.REMOVE, before, limits, figures, holds, earlier);
        judgeGroups(plan, Action.ADD, before, limits, figures, holds, earlier);

        int members = before.values().stream().mapToInt(Integer::intValue).sum();
        int removedEarlier = earlier.total(Action.REMOVE);
        int removing = count(plan, REMOVALS) + removedEarlier;
        boolean tooManyRemovals =
                limits.exceeds(removing, members, limits.maxRemovalsPerRun(), limits.maxRemovalSharePerRun());
        figures.add(String.format(
                "removals this run: %d%s of %d members (%d%%), limits %d / %d%%: %s",
                removing - removedEarlier,
                earlier.earlier(removedEarlier),
                members,
                Limits.percent(removing, members),
                limits.maxRemovalsPerRun(),
                limits.maxRemovalSharePerRun(),
                tooManyRemovals ? "HELD" : "passed"));
        if (tooManyRemovals) {
            holds.add(new Hold(
                    REMOVALS,
                    "removals this run exceed the run limit"
                            + (removedEarlier > 0 ? " together with event runs in the window" : "")));
        }
        leavers(plan, source, limits, figures, holds);
        int addedEarlier = earlier.total(Action.ADD);
        int adding = count(plan, ADDS) + addedEarlier;
        boolean tooManyAdds = adding > limits.maxAddsPerRun();
        figures.add(String.format(
                "adds this run: %d%s, limit %d: %s",
                adding - addedEarlier,
                earlier.earlier(addedEarlier),
                limits.maxAddsPerRun(),
                tooManyAdds ? "HELD" : "passed"));
        if (tooManyAdds) {
            holds.add(new Hold(ADDS, "adds this run exceed the run limit"));
        }
        return new Verdict(hold(plan, holds), figures);
    }

    /** What the planned removals rest on, so an admin sees at once how much is only inferred. */
    private static void evidence(Plan plan, List<String> figures) {
        Map<Basis, Integer> by = new HashMap<>();
        plan.changes().stream()
                .filter(c -> c.outcome() == Outcome.PLANNED && REMOVALS.test(c))
                .forEach(c -> by.merge(c.basis(), 1, Integer::sum));
        if (by.isEmpty()) {
            return;
        }
        figures.add(String.format(
                "removals by evidence: %d leaver(s), %d mover(s), %d not matching the rule; "
                        + "inferred: %d not in HR, %d on a vanished value",
                by.getOrDefault(Basis.LEFT, 0),
                by.getOrDefault(Basis.MOVED, 0),
                by.getOrDefault(Basis.MISMATCH, 0),
                by.getOrDefault(Basis.ABSENT, 0),
                by.getOrDefault(Basis.VANISHED, 0)));
    }

    private static void firstRun(SourceHealth source, Limits limits, List<String> figures, List<Hold> holds) {
        if (source.before().isPresent()) {
            return;
        }
        if (!limits.holdFirstRun()) {
            figures.add("no earlier successful run to compare the HR source with (first-run hold is off)");
            return;
        }
        figures.add("no earlier successful run to compare the HR source with: removals HELD for a first review");
        holds.add(new Hold(REMOVALS, "first run: removals wait for an admin's review"));
    }

    /** A read that may be missing people: its inferred removals wait, those a valid record backs do not. */
    private static void doubt(SourceHealth source, Limits limits, List<String> figures, List<Hold> holds) {
        if (source.rejected() > 0) {
            String rows = source.rejected() + (source.rejected() == 1 ? " row" : " rows");
            figures.add("HR read: " + rows + " rejected, so the read is partial: inferred removals HELD");
            holds.add(new Hold(INFERRED, "the HR read was partial (" + rows + " rejected)"));
        }
        if (source.before().isEmpty()) {
            return;
        }
        SourceHealth.Headcount now = source.now();
        SourceHealth.Headcount before = source.before().get();
        int totalDrop = drop(before.active(), now.active());
        boolean totalHeld = totalDrop > limits.maxHeadcountDrop();
        figures.add(String.format(
                "active headcount: %d, was %d (-%d%%), limit %d%%: %s",
                now.active(), before.active(), totalDrop, limits.maxHeadcountDrop(), totalHeld ? "HELD" : "passed"));
        if (totalHeld) {
            holds.add(new Hold(INFERRED, "active headcount dropped " + totalDrop + "% since the last successful run"));
        }
        String worst = null;
        int worstDrop = 0;
        for (Map.Entry<String, Integer> d : before.byDepartment().entrySet()) {
            int dropped = drop(d.getValue(), now.byDepartment().getOrDefault(d.getKey(), 0));
            if (worst == null || dropped > worstDrop) {
                worst = d.getKey();
                worstDrop = dropped;
            }
        }
        if (worst == null) {
            return;
        }
        boolean departmentHeld = worstDrop > limits.maxHeadcountDrop();
        figures.add(String.format(
                "largest department drop: %d%% in %s (%d → %d), limit %d%%: %s",
                worstDrop,
                worst,
                before.byDepartment().get(worst),
                now.byDepartment().getOrDefault(worst, 0),
                limits.maxHeadcountDrop(),
                departmentHeld ? "HELD" : "passed"));
        if (departmentHeld) {
            holds.add(new Hold(
                    INFERRED, "department " + worst + " shrank " + worstDrop + "% since the last successful run"));
        }
    }

    private static void vanished(Plan plan, List<String> figures, List<Hold> holds) {
        Predicate<PlannedChange> vanished = c -> c.action() == Action.REMOVE && c.basis() == Basis.VANISHED;
        int n = count(plan, vanished);
        if (n > 0) {
            figures.add(
                    "values the rules depend on vanished from the HR read: " + n + " removal(s) rest on them: HELD");
            holds.add(new Hold(vanished, "a value this group's rule depends on vanished from the HR read"));
        }
    }

    /** People HR says left, against the limits for leavers; their share is of the people working before. */
    private static void leavers(Plan plan, SourceHealth source, Limits limits, List<String> figures, List<Hold> holds) {
        Predicate<PlannedChange> left = c -> c.action() == Action.REMOVE && c.basis() == Basis.LEFT;
        Set<String> people = new HashSet<>();
        plan.changes().stream()
                .filter(c -> c.outcome() == Outcome.PLANNED && left.test(c))
                .forEach(c -> people.add(c.employeeId() == null ? c.email() : c.employeeId()));
        if (people.isEmpty()) {
            return;
        }
        int workforce = source.now().active() + people.size();
        boolean tooMany =
                limits.exceeds(people.size(), workforce, limits.maxLeaversPerRun(), limits.maxLeaverSharePerRun());
        figures.add(String.format(
                "leavers this run: %d of %d people (%d%%), limits %d / %d%%: %s",
                people.size(),
                workforce,
                Limits.percent(people.size(), workforce),
                limits.maxLeaversPerRun(),
                limits.maxLeaverSharePerRun(),
                tooMany ? "HELD" : "passed"));
        if (tooMany) {
            holds.add(new Hold(left, "leavers this run exceed the leaver limit"));
        }
    }

    private static void judgeGroups(
            Plan plan,
            Action action,
            Map<String, Integer> memberCounts,
            Limits limits,
            List<String> figures,
            List<Hold> holds,
            Window earlier) {
        Map<String, Integer> perGroup = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (PlannedChange c : plan.changes()) {
            if (c.action() == action && c.outcome() == Outcome.PLANNED) {
                perGroup.merge(c.groupId(), 1, Integer::sum);
                names.put(c.groupId(), c.groupName());
            }
        }
        perGroup.replaceAll((group, n) -> n + earlier.byGroup(action).getOrDefault(group, 0));
        String worst = null;
        Set<String> tripped = new HashSet<>();
        for (Map.Entry<String, Integer> g : perGroup.entrySet()) {
            int members = memberCounts.getOrDefault(g.getKey(), 0);
            boolean exceeded = action == Action.REMOVE
                    ? limits.exceeds(
                            g.getValue(), members, limits.maxRemovalsPerGroup(), limits.maxRemovalSharePerGroup())
                    : g.getValue() > limits.maxAddsPerGroup();
            if (exceeded) {
                String group = g.getKey();
                tripped.add(group);
                holds.add(new Hold(
                        c -> c.action() == action && c.groupId().equals(group),
                        (action == Action.REMOVE ? "removals" : "adds") + " in " + names.get(group)
                                + " exceed the group limit"
                                + (earlier.byGroup(action).containsKey(group)
                                        ? " together with event runs in the window"
                                        : "")));
            }
            if (worst == null
                    || share(g.getValue(), members) > share(perGroup.get(worst), memberCounts.getOrDefault(worst, 0))) {
                worst = g.getKey();
            }
        }
        if (worst == null) {
            return;
        }
        int n = perGroup.get(worst);
        int members = memberCounts.getOrDefault(worst, 0);
        boolean held = tripped.contains(worst);
        figures.add(
                action == Action.REMOVE
                        ? String.format(
                                "largest removal share: %d%% in %s (%d of %d), limits %d / %d%%: %s",
                                Limits.percent(n, members),
                                names.get(worst),
                                n,
                                members,
                                limits.maxRemovalsPerGroup(),
                                limits.maxRemovalSharePerGroup(),
                                held ? "HELD" : "passed")
                        : String.format(
                                "most adds in one group: %d in %s, limit %d: %s",
                                n, names.get(worst), limits.maxAddsPerGroup(), held ? "HELD" : "passed"));
    }

    private static Plan hold(Plan plan, List<Hold> holds) {
        if (holds.isEmpty()) {
            return plan;
        }
        List<PlannedChange> judged = new ArrayList<>(plan.changes().size());
        for (PlannedChange c : plan.changes()) {
            List<String> why = new ArrayList<>();
            if (c.outcome() == Outcome.PLANNED) {
                holds.stream().filter(h -> h.applies().test(c)).forEach(h -> why.add(h.why()));
            }
            judged.add(why.isEmpty() ? c : c.with(c.reason() + HELD + String.join("; ", why), Outcome.HELD));
        }
        return new Plan(judged);
    }

    private static int count(Plan plan, Predicate<PlannedChange> which) {
        return (int) plan.changes().stream()
                .filter(c -> c.outcome() == Outcome.PLANNED && which.test(c))
                .count();
    }

    private static int share(int part, int whole) {
        return Limits.percent(part, whole);
    }

    private static int drop(int before, int now) {
        return before <= now ? 0 : Limits.percent(before - now, before);
    }
}
