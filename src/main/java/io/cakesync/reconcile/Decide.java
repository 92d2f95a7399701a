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

    private Decide() {}

    static Decision decide(Inputs in, RunPolicy policy, Optional<Approval> approval, Instant now) {
        return decide(in, policy, approval, now, Focus.EVERYONE);
    }

    /** A targeted run decides like any run, then keeps only the changes its focus allows before they are judged. */
    static Decision decide(Inputs in, RunPolicy policy, Optional<Approval> approval, Instant now, Focus focus) {
        CakewalkState cakewalk = in.cakewalk().state();
        Plan plan = focus.keep(cakewalk.markDrift(plan(in, cakewalk.groups(), policy, now)));
        SourceHealth.Headcount headcount = headcount(in, policy);
        Map<String, Integer> memberCounts = new LinkedHashMap<>();
        cakewalk.membersByGroup().forEach((group, members) -> memberCounts.put(group, members.size()));
        Guard.Verdict judged = Guard.judge(
                plan,
                memberCounts,
                new SourceHealth(in.hr().rejected().size(), headcount, in.baseline()),
                policy.limits(),
                focus.earlier());
        Guard.Verdict verdict = approval.map(a -> release(judged, a)).orElse(judged);
        if (!verdict.held()) {
            return new Decision(verdict.plan(), verdict.figures(), null, approval, headcount, Optional.empty(), null);
        }
        String digest = PlanDigest.ofHeld(verdict.plan());
        Optional<Long> sameAs = Optional.ofNullable(in.outstanding().get(digest));
        List<String> figures = new ArrayList<>(verdict.figures());
        sameAs.ifPresent(run -> figures.add("held changes equal the plan run " + run + " holds, still awaiting a "
                + "decision: no second approval is opened"));
        return new Decision(
                verdict.plan(),
                figures,
                digest,
                approval,
                headcount,
                sameAs,
                sameAs.isPresent() ? null : now.plus(policy.heldPlanExpiry()));
    }

    /** Desired minus actual for these groups (a preview plans the same read under another mapping too). */
    static Plan plan(Inputs in, List<MappedGroup> groups, RunPolicy policy, Instant now) {
        CakewalkState cakewalk = in.cakewalk().state();
        return Planner.plan(new PlanInput(
                groups,
                in.hr().employees(),
                in.hr().rejected(),
                cakewalk.usersByEmail(),
                cakewalk.membersByGroup(),
                in.previous(),
                policy.status(),
                in.owned(),
                policy.protectedMembers(),
                policy.moverGrace(),
                now));
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
                .map(c -> c.outcome() != Outcome.HELD
                        ? c
                        : c.with(
                                c.reason() + "; approved by " + approval.approvedBy() + " (run " + approval.heldRunId()
                                        + ")",
                                Outcome.PLANNED))
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
        int active = (int) in.hr().employees().stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE)
                .count();
        return new SourceHealth.Headcount(active, byDepartment);
    }
}
