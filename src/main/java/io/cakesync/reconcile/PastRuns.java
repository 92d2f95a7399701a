package io.cakesync.reconcile;

import java.util.HashMap;
import java.util.Map;

import io.cakesync.audit.HrSnapshot;
import io.cakesync.audit.Ownership;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.HrRead;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads what earlier runs left for this one to decide by. */
@ApplicationScoped
class PastRuns {
    private final HrSnapshot hrSnapshot;
    private final Ownership ownership;
    private final RunQueries queries;

    PastRuns(HrSnapshot hrSnapshot, Ownership ownership, RunQueries queries) {
        this.hrSnapshot = hrSnapshot;
        this.ownership = ownership;
        this.queries = queries;
    }

    Inputs with(HrRead hr, CakewalkRead cakewalk) {
        Map<String, PreviousEmployee> previous = new HashMap<>();
        hrSnapshot
                .employees()
                .forEach((id, row) -> previous.put(
                        id,
                        new PreviousEmployee(
                                row.email(),
                                row.department(),
                                row.previousDepartment(),
                                row.departmentSince(),
                                row.attributes())));
        return new Inputs(
                hr,
                cakewalk,
                previous,
                ownership.owned(),
                queries.lastBaseline().map(b -> new SourceHealth.Headcount(b.active(), b.byDepartment())),
                queries.outstandingPlans());
    }
}
