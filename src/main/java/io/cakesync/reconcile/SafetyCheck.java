package io.cakesync.reconcile;

import io.cakesync.mapping.MappedGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.RunQueries;
import io.cakesync.source.Departments;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrRead;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Step 7 around the pure {@link Guard}: gathers what it needs (the last successful run's headcount),
 * lets an approval release exactly the plan that was approved, and records the verdict before the
 * first write.
 */
@ApplicationScoped
class SafetyCheck {
    private final AuditTrail audit;
    private final RunQueries queries;
    private final SafetyConfig config;

    SafetyCheck(AuditTrail audit, RunQueries queries, SafetyConfig config) {
        this.audit = audit;
        this.queries = queries;
        this.config = config;
    }

    Guard.Verdict judge(StartedRun run, HrRead hr, CakewalkState now, Plan plan) {
        SourceHealth.Headcount headcount = headcount(hr, now.groups());
        Optional<SourceHealth.Headcount> before = queries.lastBaseline()
                .map(b -> new SourceHealth.Headcount(b.active(), b.byDepartment()));
        Map<String, Integer> memberCounts = new LinkedHashMap<>();
        now.membersByGroup().forEach((group, members) -> memberCounts.put(group, members.size()));
        Guard.Verdict judged = Guard.judge(plan, memberCounts, new SourceHealth(hr.rejected().size(), headcount, before),
                Limits.from(config));
        Guard.Verdict verdict = run.approval().map(a -> release(judged, a)).orElse(judged);
        audit.recordVerdict(run.id(), verdict.figures(), verdict.held() ? PlanDigest.ofHeld(verdict.plan()) : null,
                run.approval().map(Approval::heldRunId).orElse(null));
        audit.recordHeadcount(run.id(), headcount.active(), headcount.byDepartment());
        return verdict;
    }

    /** Held changes go out only if they are exactly the ones the admin approved. */
    private static Guard.Verdict release(Guard.Verdict verdict, Approval approval) {
        List<String> figures = new ArrayList<>(verdict.figures());
        if (!verdict.held()) {
            figures.add("approval of run " + approval.heldRunId() + ": nothing is held any more");
            return new Guard.Verdict(verdict.plan(), figures);
        }
        if (!PlanDigest.ofHeld(verdict.plan()).equals(approval.digest())) {
            figures.add("approval of run " + approval.heldRunId() + " by " + approval.approvedBy()
                    + ": HR or Cakewalk changed since, so the plan differs; held again for a new approval");
            return new Guard.Verdict(verdict.plan(), figures);
        }
        figures.add("approval of run " + approval.heldRunId() + " by " + approval.approvedBy()
                + ": the plan is unchanged; held changes released");
        List<PlannedChange> released = verdict.plan().changes().stream()
                .map(c -> c.disposition() != Disposition.HELD ? c
                        : new PlannedChange(c.groupId(), c.groupName(), c.action(), c.userId(), c.email(),
                                c.employeeId(), c.reason() + "; approved by " + approval.approvedBy() + " (run "
                                        + approval.heldRunId() + ")", Disposition.APPLY))
                .toList();
        return new Guard.Verdict(new Plan(released), figures);
    }

    private static SourceHealth.Headcount headcount(HrRead hr, List<MappedGroup> groups) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, Integer> byDepartment = new LinkedHashMap<>();
        for (MappedGroup g : groups) {
            for (String d : g.departments()) {
                if (byKey.putIfAbsent(Departments.key(d), d) == null) {
                    byDepartment.put(d, 0);
                }
            }
        }
        int active = 0;
        for (Employee e : hr.employees()) {
            if (e.status() == EmployeeStatus.ACTIVE) {
                active++;
                String department = byKey.get(Departments.key(e.department()));
                if (department != null) {
                    byDepartment.merge(department, 1, Integer::sum);
                }
            }
        }
        return new SourceHealth.Headcount(active, byDepartment);
    }
}
