package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * The one-line account of a run that admins read in the CLI, the log and the run list: what was done,
 * what waits for approval, what was left alone; counts of nothing are left out.
 */
final class Summary {

    private Summary() {}

    static String ofDryRun(Decision decision) {
        Plan plan = decision.plan();
        List<String> parts = new ArrayList<>();
        parts.add("dry run: would add " + plan.count(Action.ADD, Outcome.PLANNED) + " and remove "
                + plan.count(Action.REMOVE, Outcome.PLANNED));
        held(plan).ifPresent(held -> parts.add("would hold " + held + " for approval"));
        leftAlone(plan, parts);
        return String.join("; ", parts);
    }

    /** {@code dueToChange}: changes the current mapping does not plan; counted only when there is one to compare. */
    static String ofPreview(String mapping, Decision decision, int dueToChange, boolean compared) {
        Plan plan = decision.plan();
        List<String> parts = new ArrayList<>();
        parts.add("preview of " + mapping + ": would add " + plan.count(Action.ADD, Outcome.PLANNED) + " and remove "
                + plan.count(Action.REMOVE, Outcome.PLANNED));
        held(plan).ifPresent(held -> parts.add("would hold " + held + " for approval"));
        if (compared) {
            parts.add(dueToChange + " change(s) because of the mapping change");
        }
        leftAlone(plan, parts);
        return String.join("; ", parts);
    }

    static String ofLiveRun(Decision decision, Applier.Counted sent) {
        Plan plan = decision.plan();
        List<String> parts = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        long adds = plan.count(Action.ADD, Outcome.PLANNED);
        long removes = plan.count(Action.REMOVE, Outcome.PLANNED);
        if (adds > 0) {
            planned.add(adds + " to add");
        }
        if (removes > 0) {
            planned.add(removes + " to remove");
        }
        if (!planned.isEmpty()) {
            parts.add(String.join(" and ", planned) + ": " + sent.applied() + " done, " + sent.failed() + " failed");
        }
        held(plan)
                .ifPresent(held -> parts.add(held + " held for approval"
                        + decision.sameAs()
                                .map(run -> " (the plan run " + run + " holds, still awaiting a decision)")
                                .orElse("")));
        if (parts.isEmpty()) {
            parts.add("nothing to change");
        }
        leftAlone(plan, parts);
        return String.join("; ", parts);
    }

    /** "2 adds and 8 removals", or empty when nothing is held. */
    private static Optional<String> held(Plan plan) {
        List<String> held = new ArrayList<>();
        long adds = plan.count(Action.ADD, Outcome.HELD);
        long removes = plan.count(Action.REMOVE, Outcome.HELD);
        if (adds > 0) {
            held.add(adds + (adds == 1 ? " add" : " adds"));
        }
        if (removes > 0) {
            held.add(removes + (removes == 1 ? " removal" : " removals"));
        }
        return held.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", held));
    }

    private static void leftAlone(Plan plan, List<String> parts) {
        long deferred = plan.count(Action.ADD, Outcome.DEFERRED);
        long skipped = plan.count(Action.ADD, Outcome.SKIPPED) + plan.count(Action.REMOVE, Outcome.SKIPPED);
        List<String> alone = new ArrayList<>();
        if (deferred > 0) {
            alone.add(deferred + " deferred");
        }
        if (skipped > 0) {
            alone.add(skipped + " skipped");
        }
        if (!alone.isEmpty()) {
            parts.add(String.join(", ", alone));
        }
    }
}
