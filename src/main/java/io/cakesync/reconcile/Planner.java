package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Departments;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.RejectedRow;

/**
 * Desired minus actual, per mapped group. A pure function: same input, same plan; it reads and
 * writes nothing, so every rule here is unit-tested without a database or an API.
 */
final class Planner {

    private Planner() {
    }

    static Plan plan(PlanInput in) {
        Map<String, Employee> byEmail = new HashMap<>();
        Map<String, List<Employee>> byDepartment = new HashMap<>();
        for (Employee e : in.employees()) {
            byEmail.put(e.email(), e);
            if (belongs(e, in.policy())) {
                byDepartment.computeIfAbsent(Departments.key(e.department()), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, String> doubtful = doubtfulEmails(in.rejected(), in.previousEmployees());
        List<PlannedChange> changes = new ArrayList<>();
        for (MappedGroup group : in.groups()) {
            List<Employee> wanted = new ArrayList<>();
            for (String department : group.departments()) {
                wanted.addAll(byDepartment.getOrDefault(Departments.key(department), List.of()));
            }
            List<CakewalkUser> members = in.membersByGroup().getOrDefault(group.groupId(), List.of());
            Set<String> kept = planAdds(group, wanted, members, in, changes);
            planRemoves(group, members, kept, byEmail, doubtful, in, changes);
        }
        return new Plan(changes);
    }

    private static boolean belongs(Employee e, StatusPolicy policy) {
        return e.status() == EmployeeStatus.ACTIVE || (e.status() == EmployeeStatus.LEAVE && policy.keepOnLeave());
    }

    /** Adds every wanted employee who is not a member yet; returns the user ids that stay. */
    private static Set<String> planAdds(MappedGroup group, List<Employee> wanted, List<CakewalkUser> members,
            PlanInput in, List<PlannedChange> changes) {
        Set<String> memberIds = new HashSet<>();
        members.forEach(m -> memberIds.add(m.id()));
        Set<String> kept = new HashSet<>();
        for (Employee e : wanted) {
            String because = "department " + e.department();
            CakewalkUser user = in.usersByEmail().get(e.email());
            if (user == null) {
                changes.add(change(group, Action.ADD, null, e.email(), e.employeeId(),
                        because + "; no Cakewalk user with this email yet", Disposition.DEFERRED));
            } else if (kept.add(user.id()) && !memberIds.contains(user.id())) {
                boolean ineligible = in.policy().ineligible(user.statusName());
                changes.add(change(group, Action.ADD, user.id(), e.email(), e.employeeId(),
                        ineligible ? because + "; not added: Cakewalk status is " + user.statusName() : because,
                        ineligible ? Disposition.SKIPPED : Disposition.APPLY));
            }
        }
        return kept;
    }

    private static void planRemoves(MappedGroup group, List<CakewalkUser> members, Set<String> kept,
            Map<String, Employee> byEmail, Map<String, String> doubtful, PlanInput in, List<PlannedChange> changes) {
        for (CakewalkUser member : members) {
            if (kept.contains(member.id())) {
                continue;
            }
            String email = Emails.normalize(member.email());
            Employee e = email == null ? null : byEmail.get(email);
            String employeeId = e == null ? null : e.employeeId();
            if (email == null) {
                changes.add(change(group, Action.REMOVE, member.id(), null, null,
                        "kept: Cakewalk lists this member without an email, so HR cannot vouch for a removal",
                        Disposition.SKIPPED));
            } else if (doubtful.containsKey(email)) {
                changes.add(change(group, Action.REMOVE, member.id(), email, employeeId,
                        "kept: " + doubtful.get(email), Disposition.SKIPPED));
            } else {
                changes.add(change(group, Action.REMOVE, member.id(), email, employeeId,
                        removalReason(e, in), Disposition.APPLY));
            }
        }
    }

    private static String removalReason(Employee e, PlanInput in) {
        if (e == null) {
            return "not in the HR source";
        }
        if (e.status() == EmployeeStatus.LEAVE) {
            return "status leave (leave policy: remove)";
        }
        if (e.status() != EmployeeStatus.ACTIVE) {
            return "status " + e.status().label();
        }
        PreviousEmployee before = in.previousEmployees().get(e.employeeId());
        if (before != null && before.department() != null
                && !Departments.key(before.department()).equals(Departments.key(e.department()))) {
            return "moved from " + before.department() + " to " + e.department();
        }
        return "department " + e.department() + " does not feed this group";
    }

    /**
     * A rejected HR row might be the only row of a current employee: whoever it could describe
     * (its email, or the email its employee id had last time) must not be removed on its account.
     */
    private static Map<String, String> doubtfulEmails(List<RejectedRow> rejected,
            Map<String, PreviousEmployee> previous) {
        Map<String, String> doubtful = new HashMap<>();
        for (RejectedRow row : rejected) {
            String why = "HR row on line " + row.line() + " was rejected (" + row.reason() + ")";
            String email = Emails.normalize(row.email());
            if (email != null && !email.isEmpty()) {
                doubtful.putIfAbsent(email, why);
            }
            PreviousEmployee before = row.employeeId() == null ? null : previous.get(row.employeeId().trim());
            if (before != null && before.email() != null) {
                doubtful.putIfAbsent(before.email(), why);
            }
        }
        return doubtful;
    }

    private static PlannedChange change(MappedGroup g, Action action, String userId, String email, String employeeId,
            String reason, Disposition disposition) {
        return new PlannedChange(g.groupId(), g.groupName(), action, userId, email, employeeId, reason, disposition);
    }
}
