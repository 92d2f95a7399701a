package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.mapping.MappedGroup;
import io.cakesync.source.Departments;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;

/**
 * The one definition of who belongs in a mapped group: an employee HR still counts as working (active,
 * or on leave under the keep policy) whose department feeds the group. The planner, new-hire detection
 * and the safety headcounts all ask here.
 */
final class Belonging {
    private final StatusPolicy policy;
    private final Map<String, List<Employee>> byDepartment = new HashMap<>();
    private final Set<String> mappedDepartments = new HashSet<>();

    private Belonging(StatusPolicy policy) {
        this.policy = policy;
    }

    static Belonging of(List<MappedGroup> groups, List<Employee> employees, StatusPolicy policy) {
        Belonging rule = new Belonging(policy);
        groups.forEach(g -> g.departments().forEach(d -> rule.mappedDepartments.add(Departments.key(d))));
        for (Employee e : employees) {
            if (rule.working(e)) {
                rule.byDepartment.computeIfAbsent(Departments.key(e.department()), k -> new ArrayList<>()).add(e);
            }
        }
        return rule;
    }

    /** Whether HR's status lets this person hold any group's apps. */
    boolean working(Employee e) {
        return e.status() == EmployeeStatus.ACTIVE || (e.status() == EmployeeStatus.LEAVE && policy.keepOnLeave());
    }

    /** Everyone who belongs in the group, each once. */
    List<Employee> members(MappedGroup group) {
        Set<String> seen = new HashSet<>();
        List<Employee> members = new ArrayList<>();
        for (String department : group.departments()) {
            for (Employee e : byDepartment.getOrDefault(Departments.key(department), List.of())) {
                if (seen.add(e.employeeId())) {
                    members.add(e);
                }
            }
        }
        return members;
    }

    /** Whether the person belongs in at least one mapped group. */
    boolean belongsSomewhere(Employee e) {
        return working(e) && mappedDepartments.contains(Departments.key(e.department()));
    }

    /** Those who belong by this department and are active: the headcount the integrity gate compares. */
    int activeIn(String department) {
        return (int) byDepartment.getOrDefault(Departments.key(department), List.of()).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE).count();
    }
}
