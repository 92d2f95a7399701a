package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

/** The one-line account of a run that admins read in the CLI, the log and the run list. */
final class Summary {

    private Summary() {
    }

    static String ofDryRun(Plan plan) {
        return "dry run: would add " + plan.count(Action.ADD, Outcome.PLANNED)
                + " and remove " + plan.count(Action.REMOVE, Outcome.PLANNED) + leftAlone(plan);
    }

    static String ofLiveRun(Plan plan, Applier.Counted sent) {
        return plan.count(Action.ADD, Outcome.PLANNED) + " to add, " + plan.count(Action.REMOVE, Outcome.PLANNED)
                + " to remove: " + sent.applied() + " done, " + sent.failed() + " failed" + leftAlone(plan);
    }

    private static String leftAlone(Plan plan) {
        long held = plan.count(Action.ADD, Outcome.HELD) + plan.count(Action.REMOVE, Outcome.HELD);
        long deferred = plan.count(Action.ADD, Outcome.DEFERRED);
        long skipped = plan.count(Action.ADD, Outcome.SKIPPED) + plan.count(Action.REMOVE, Outcome.SKIPPED);
        return (held > 0 ? "; " + held + " held for approval" : "") + "; " + deferred + " deferred, " + skipped
                + " skipped";
    }
}
