package io.cakesync.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.source.Departments;
import io.cakesync.source.EmployeeStatus;

/**
 * The one pure step of a run: from what was read to what is to be done. Plans (desired minus actual),
 * marks drift, lets the guard hold what it must, and lets an approval release exactly what it approved.
 */
final class Decide {

    private Decide() {
    }

    static Decision decide(Inputs in, RunPolicy policy, Optional<Approval> approval, Instant now) {
        CakewalkState cakewalk = in.cakewalk().state();
        Plan plan = cakewalk.markDrift(Planner.plan(new PlanInput(cakewalk.groups(), in.hr().employees(),
                in.hr().rejected(), cakewalk.usersByEmail(), cakewalk.membersByGroup(), in.previous(),
                policy.status(), in.owned(), policy.protectedMembers(), policy.moverGrace(), now)));
        SourceHealth.Headcount headcount = headcount(in, policy);
        Map<String, Integer> memberCounts = new LinkedHashMap<>();
        cakewalk.membersByGroup().forEach((group, members) -> memberCounts.put(group, members.size()));
        Guard.Verdict judged = Guard.judge(plan, memberCounts,
                new SourceHealth(in.hr().rejected().size(), headcount, in.baseline()), policy.limits());
        Guard.Verdict verdict = approval.map(a -> release(judged, a)).orElse(judged);
        return new Decision(verdict.plan(), verdict.figures(),
                verdict.held() ? PlanDigest.ofHeld(verdict.plan()) : null, approval, headcount);
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
                .map(c -> c.outcome() != Outcome.HELD ? c
                        : new PlannedChange(c.groupId(), c.groupName(), c.action(), c.userId(), c.email(),
                                c.employeeId(), c.reason() + "; approved by " + approval.approvedBy() + " (run "
                                        + approval.heldRunId() + ")", Outcome.PLANNED))
                .toList();
        return new Guard.Verdict(new Plan(released), figures);
    }

    /** Active employees in total, and those who belong by each mapped department (keyed by its first spelling). */
    private static SourceHealth.Headcount headcount(Inputs in, RunPolicy policy) {
        List<MappedGroup> groups = in.cakewalk().state().groups();
        Belonging belonging = Belonging.of(groups, in.hr().employees(), policy.status());
        Map<String, String> byKey = new HashMap<>();
        Map<String, Integer> byDepartment = new LinkedHashMap<>();
        for (MappedGroup g : groups) {
            for (String d : g.departments()) {
                if (byKey.putIfAbsent(Departments.key(d), d) == null) {
                    byDepartment.put(d, belonging.activeIn(d));
                }
            }
        }
        int active = (int) in.hr().employees().stream().filter(e -> e.status() == EmployeeStatus.ACTIVE).count();
        return new SourceHealth.Headcount(active, byDepartment);
    }
}
