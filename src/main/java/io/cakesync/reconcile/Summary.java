package io.cakesync.reconcile;

/** The one-line account of a run that admins read in the CLI, the log and the run list. */
final class Summary {

    private Summary() {
    }

    static String ofDryRun(Plan plan) {
        return "dry run: would add " + plan.count(Action.ADD, Disposition.APPLY)
                + " and remove " + plan.count(Action.REMOVE, Disposition.APPLY) + leftAlone(plan);
    }

    static String ofLiveRun(Plan plan, Applier.Counted sent) {
        return plan.count(Action.ADD, Disposition.APPLY) + " to add, " + plan.count(Action.REMOVE, Disposition.APPLY)
                + " to remove: " + sent.applied() + " done, " + sent.failed() + " failed" + leftAlone(plan);
    }

    private static String leftAlone(Plan plan) {
        long held = plan.count(Action.ADD, Disposition.HELD) + plan.count(Action.REMOVE, Disposition.HELD);
        long deferred = plan.count(Action.ADD, Disposition.DEFERRED);
        long skipped = plan.count(Action.ADD, Disposition.SKIPPED) + plan.count(Action.REMOVE, Disposition.SKIPPED);
        return (held > 0 ? "; " + held + " held for approval" : "") + "; " + deferred + " deferred, " + skipped
                + " skipped";
    }
}
