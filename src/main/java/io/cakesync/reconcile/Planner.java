package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.reconcile.vocabulary.MembershipOrigin;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.source.Departments;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;

/**
 * Desired minus actual, per mapped group. A pure function: same input, same plan; it reads and
 * writes nothing, so every rule here is unit-tested without a database or an API.
 */
final class Planner {

    private Planner() {
    }

    static Plan plan(PlanInput in) {
        People people = People.of(in);
        Belonging belonging = Belonging.of(in.groups(), in.employees(), in.policy());
        List<PlannedChange> changes = new ArrayList<>();
        Set<String> matchedByEmployeeId = new HashSet<>();
        for (MappedGroup group : in.groups()) {
            List<Employee> wanted = belonging.members(group);
            List<CakewalkUser> members = in.membersByGroup().getOrDefault(group.groupId(), List.of());
            Set<String> kept = planAdds(group, wanted, members, people, in, changes, matchedByEmployeeId);
            planRemoves(group, members, kept, people, in, changes);
        }
        return new Plan(changes);
    }

    /** Adds every wanted employee who is not a member yet; returns the user ids that stay. */
    private static Set<String> planAdds(MappedGroup group, List<Employee> wanted, List<CakewalkUser> members,
            People people, PlanInput in, List<PlannedChange> changes, Set<String> matchedByEmployeeId) {
        Set<String> memberIds = new HashSet<>();
        members.forEach(m -> memberIds.add(m.id()));
        Set<String> kept = new HashSet<>();
        for (Employee e : wanted) {
            String because = "department " + e.department();
            CakewalkUser user = in.usersByEmail().get(e.email());
            String formerEmail = people.formerEmail(e);
            if (user == null && formerEmail != null && in.usersByEmail().containsKey(formerEmail)) {
                user = in.usersByEmail().get(formerEmail);
                if (matchedByEmployeeId.add(e.employeeId())) {
                    changes.add(change(group, Action.MATCH, user.id(), e.email(), e.employeeId(),
                            "email changed in HR from " + formerEmail + " to " + e.email()
                                    + "; matched to the same Cakewalk user by employee id",
                            Outcome.SKIPPED));
                }
            }
            if (user == null) {
                changes.add(change(group, Action.ADD, null, e.email(), e.employeeId(),
                        because + "; no Cakewalk user with this email yet", Outcome.DEFERRED));
            } else if (kept.add(user.id()) && !memberIds.contains(user.id())) {
                boolean ineligible = in.policy().ineligible(user.statusName());
                changes.add(change(group, Action.ADD, user.id(), e.email(), e.employeeId(),
                        ineligible ? because + "; not added: Cakewalk status is " + user.statusName() : because,
                        ineligible ? Outcome.SKIPPED : Outcome.PLANNED));
            }
        }
        return kept;
    }

    private static void planRemoves(MappedGroup group, List<CakewalkUser> members, Set<String> kept, People people,
            PlanInput in, List<PlannedChange> changes) {
        if (group.mode() == GroupMode.ADDITIVE) {
            return;
        }
        Map<String, String> owned = in.owned().getOrDefault(group.groupId(), Map.of());
        for (CakewalkUser member : members) {
            String email = Emails.normalize(member.email());
            String origin = owned.get(member.id());
            if (kept.contains(member.id()) || isProtected(member, email, group, in)
                    || (group.mode() == GroupMode.MANAGED_ONLY && origin == null)) {
                continue;
            }
            Employee e = people.byEmail(email);
            String employeeId = e == null ? null : e.employeeId();
            Removal removal = Removal.judge(e, people.before(e), in);
            if (MembershipOrigin.ADOPTED.name().equals(origin) && !removal.hrEvent()) {
                continue;
            }
            if (email == null) {
                changes.add(change(group, Action.REMOVE, member.id(), null, null,
                        "kept: Cakewalk lists this member without an email, so HR cannot vouch for a removal",
                        Outcome.SKIPPED));
            } else if (people.doubt(email) != null) {
                changes.add(change(group, Action.REMOVE, member.id(), email, employeeId, "kept: " + people.doubt(email),
                        Outcome.SKIPPED));
            } else {
                changes.add(change(group, Action.REMOVE, member.id(), email, employeeId, removal.reason(),
                        removal.inGrace() ? Outcome.SKIPPED : Outcome.PLANNED));
            }
        }
    }

    private static boolean isProtected(CakewalkUser member, String email, MappedGroup group, PlanInput in) {
        String id = Emails.normalize(member.id());
        return in.protectedMembers().contains(id) || group.protectedMembers().contains(id)
                || (email != null && (in.protectedMembers().contains(email) || group.protectedMembers().contains(email)));
    }

    static boolean sameDepartment(String a, String b) {
        return Departments.key(a).equals(Departments.key(b));
    }

    private static PlannedChange change(MappedGroup g, Action action, String userId, String email, String employeeId,
            String reason, Outcome outcome) {
        return new PlannedChange(g.groupId(), g.groupName(), action, userId, email, employeeId, reason, outcome);
    }
}
