package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.vocabulary.MembershipOrigin;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;

/**
 * Desired minus actual, per mapped group. A pure function: same input, same plan; it reads and
 * writes nothing, so every rule here is unit-tested without a database or an API.
 */
final class Planner {

    private Planner() {}

    static Plan plan(PlanInput in) {
        People people = People.of(in);
        Belonging belonging = Belonging.of(in.groups(), in.employees(), in.policy());
        List<PlannedChange> changes = new ArrayList<>();
        Set<String> matchedByEmployeeId = new HashSet<>();
        for (MappedGroup group : in.groups()) {
            List<Employee> wanted = belonging.members(group);
            List<String> guests = belonging.guests(group);
            List<CakewalkUser> members = in.membersByGroup().getOrDefault(group.groupId(), List.of());
            Set<String> kept = planAdds(group, wanted, members, people, belonging, in, changes, matchedByEmployeeId);
            planGuests(group, guests, members, in, changes, kept);
            planRemoves(
                    group,
                    members,
                    kept,
                    wanted.isEmpty() && guests.isEmpty() && working(members, people, belonging) > 1,
                    people,
                    in,
                    changes);
        }
        return new Plan(changes);
    }

    /** Adds every wanted employee who is not a member yet; returns the user ids that stay. */
    private static Set<String> planAdds(
            MappedGroup group,
            List<Employee> wanted,
            List<CakewalkUser> members,
            People people,
            Belonging belonging,
            PlanInput in,
            List<PlannedChange> changes,
            Set<String> matchedByEmployeeId) {
        Set<String> memberIds = memberIds(members);
        Set<String> kept = new HashSet<>();
        for (Employee e : wanted) {
            CakewalkUser user = in.usersByEmail().get(e.email());
            String formerEmail = people.formerEmail(e);
            if (user == null && formerEmail != null && in.usersByEmail().containsKey(formerEmail)) {
                user = in.usersByEmail().get(formerEmail);
                if (matchedByEmployeeId.add(e.employeeId())) {
                    changes.add(change(
                            group,
                            Action.MATCH,
                            user.id(),
                            e.email(),
                            e.employeeId(),
                            "email changed in HR from " + formerEmail + " to " + e.email()
                                    + "; matched to the same Cakewalk user by employee id",
                            Outcome.SKIPPED,
                            Basis.RULE));
                }
            }
            if (user == null) {
                changes.add(change(
                        group,
                        Action.ADD,
                        null,
                        e.email(),
                        e.employeeId(),
                        belonging.why(group, e) + "; no Cakewalk user with this email yet",
                        Outcome.DEFERRED,
                        Basis.RULE));
            } else if (kept.add(user.id()) && !memberIds.contains(user.id())) {
                changes.add(add(group, user, e.email(), e.employeeId(), belonging.why(group, e), in));
            }
        }
        return kept;
    }

    /** Members the mapping file includes though HR does not list them. */
    private static void planGuests(
            MappedGroup group,
            List<String> guests,
            List<CakewalkUser> members,
            PlanInput in,
            List<PlannedChange> changes,
            Set<String> kept) {
        if (guests.isEmpty()) {
            return;
        }
        Set<String> memberIds = memberIds(members);
        String because = Belonging.included(group);
        for (String email : guests) {
            CakewalkUser user = in.usersByEmail().get(email);
            if (user == null) {
                changes.add(change(
                        group,
                        Action.ADD,
                        null,
                        email,
                        null,
                        because + "; no Cakewalk user with this email " + "yet",
                        Outcome.DEFERRED,
                        Basis.RULE));
            } else if (kept.add(user.id()) && !memberIds.contains(user.id())) {
                changes.add(add(group, user, email, null, because, in));
            }
        }
    }

    private static PlannedChange add(
            MappedGroup group, CakewalkUser user, String email, String employeeId, String because, PlanInput in) {
        boolean ineligible = in.policy().ineligible(user.statusName());
        return change(
                group,
                Action.ADD,
                user.id(),
                email,
                employeeId,
                ineligible ? because + "; not added: Cakewalk status is " + user.statusName() : because,
                ineligible ? Outcome.SKIPPED : Outcome.PLANNED,
                Basis.RULE);
    }

    /**
     * Members HR lists as working. When the rule matches no one and more than one of them would leave, a value
     * it depends on has vanished rather than people moved on; a single person leaving is just a mover.
     */
    private static int working(List<CakewalkUser> members, People people, Belonging belonging) {
        int n = 0;
        for (CakewalkUser m : members) {
            Employee e = people.byEmail(Emails.normalize(m.email()));
            if (e != null && belonging.working(e) && ++n > 1) {
                break;
            }
        }
        return n;
    }

    private static Set<String> memberIds(List<CakewalkUser> members) {
        Set<String> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        return ids;
    }

    private static void planRemoves(
            MappedGroup group,
            List<CakewalkUser> members,
            Set<String> kept,
            boolean nobodyMatches,
            People people,
            PlanInput in,
            List<PlannedChange> changes) {
        if (group.mode() == GroupMode.ADDITIVE) {
            return;
        }
        Map<String, String> owned = in.owned().getOrDefault(group.groupId(), Map.of());
        for (CakewalkUser member : members) {
            String email = Emails.normalize(member.email());
            String origin = owned.get(member.id());
            if (kept.contains(member.id())
                    || isProtected(member, email, group, in)
                    || (group.mode() == GroupMode.MANAGED_ONLY && origin == null)) {
                continue;
            }
            Employee e = people.byEmail(email);
            String employeeId = e == null ? null : e.employeeId();
            Removal removal = Removal.judge(group, e, people.before(e), nobodyMatches, people, in);
            if (MembershipOrigin.ADOPTED.name().equals(origin) && !removal.hrEvent()) {
                continue;
            }
            if (email == null) {
                changes.add(change(
                        group,
                        Action.REMOVE,
                        member.id(),
                        null,
                        null,
                        "kept: Cakewalk lists this member without an email, so HR cannot vouch for a removal",
                        Outcome.SKIPPED,
                        Basis.ABSENT));
            } else if (people.doubt(email) != null) {
                changes.add(change(
                        group,
                        Action.REMOVE,
                        member.id(),
                        email,
                        employeeId,
                        "kept: " + people.doubt(email),
                        Outcome.SKIPPED,
                        Basis.ABSENT));
            } else {
                changes.add(change(
                        group,
                        Action.REMOVE,
                        member.id(),
                        email,
                        employeeId,
                        removal.reason(),
                        removal.inGrace() ? Outcome.SKIPPED : Outcome.PLANNED,
                        removal.basis()));
            }
        }
    }

    private static boolean isProtected(CakewalkUser member, String email, MappedGroup group, PlanInput in) {
        String id = Emails.normalize(member.id());
        return in.protectedMembers().contains(id)
                || group.protectedMembers().contains(id)
                || (email != null
                        && (in.protectedMembers().contains(email)
                                || group.protectedMembers().contains(email)));
    }

    private static PlannedChange change(
            MappedGroup g,
            Action action,
            String userId,
            String email,
            String employeeId,
            String reason,
            Outcome outcome,
            Basis basis) {
        return new PlannedChange(g.groupId(), g.groupName(), action, userId, email, employeeId, reason, outcome, basis);
    }
}
