package io.cakesync.web;

import io.cakesync.audit.DisplayNames;
import io.cakesync.audit.HeldPlans;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunProgress;
import io.cakesync.audit.RunQueries;
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;

/** Builds a run's page from the audit: the run itself, its progress, its plan's fate and the names it shows. */
@ApplicationScoped
class RunPages {
    private final RunQueries queries;
    private final RunProgress progress;
    private final HeldPlans heldPlans;
    private final DisplayNames names;
    private final PlanStates plans;

    RunPages(RunQueries queries, RunProgress progress, HeldPlans heldPlans, DisplayNames names, PlanStates plans) {
        this.queries = queries;
        this.progress = progress;
        this.heldPlans = heldPlans;
        this.names = names;
        this.plans = plans;
    }

    RunPage of(long id) {
        RunDetail detail = queries.run(id).orElseThrow(() -> new Unknown("there is no run #" + id));
        RunView run = detail.run();
        boolean held = run.status() == RunStatus.HELD && "LIVE".equals(run.mode());
        return new RunPage(
                detail,
                RunPage.byGroup(detail.changes()),
                RunPage.figures(run.safety()),
                plans.waiting(run),
                plans.status(run),
                run.status() == RunStatus.RUNNING ? phase(progress.of(id)) : null,
                held && run.decision() != null ? heldPlans.appliedBy(id).orElse(null) : null,
                held ? plans.expiresAt(run) : null,
                names.of(detail.changes()));
    }

    /** Where a run in progress is, from what it has written to the audit so far. */
    static String phase(RunProgress.Progress p) {
        if (p.hrRows() == null) {
            return "reading the HR source";
        }
        String read = "read " + Words.count(p.hrRows(), "HR row") + "; ";
        if (p.waiting() > 0) {
            return read + "applying the plan: " + (p.planned() - p.waiting()) + " of "
                    + Words.count(p.planned(), "change") + " done";
        }
        if (p.planned() > 0) {
            return read + "plan of " + Words.count(p.planned(), "change") + " recorded; finishing";
        }
        if (p.refreshMode() == null) {
            return read + "reading Cakewalk";
        }
        return read + "read Cakewalk (" + p.refreshMode().toLowerCase() + " refresh); planning";
    }
}
