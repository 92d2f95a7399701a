package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.mapping.Block;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.Rule;
import io.cakesync.source.Departments;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;

/**
 * The one definition of who belongs in a mapped group: an employee HR still counts as working (active,
 * or on leave under the keep policy) whose record matches one of the group's rule blocks, plus the
 * people the group's {@code include} names, minus those it excludes. An included person HR lists as
 * gone does not belong: a stale line in the mapping file must not keep a leaver's access. The planner,
 * new-hire detection and the safety headcounts all ask here.
 */
final class Belonging {
    private final StatusPolicy policy;
    private final List<Employee> working = new ArrayList<>();
    private final Map<String, List<Employee>> byDepartment = new HashMap<>();
    private final Map<String, Employee> byEmail = new HashMap<>();
    /** Blocks by the department keys they name; blocks naming none apply to every department. */
    private final Map<String, List<Owned>> blocksByDepartment = new HashMap<>();

    private final List<Owned> anyDepartment = new ArrayList<>();
    private final Set<String> included = new HashSet<>();

    private record Owned(Rule rule, Block block) {}

    private Belonging(StatusPolicy policy) {
        this.policy = policy;
    }

    static Belonging of(List<MappedGroup> groups, List<Employee> employees, StatusPolicy policy) {
        Belonging rule = new Belonging(policy);
        for (MappedGroup g : groups) {
            for (Block b : g.rule().blocks()) {
                Owned owned = new Owned(g.rule(), b);
                if (b.departments().isEmpty()) {
                    rule.anyDepartment.add(owned);
                }
                b.departments()
                        .forEach(d -> rule.blocksByDepartment
                                .computeIfAbsent(Departments.key(d), k -> new ArrayList<>())
                                .add(owned));
            }
            rule.included.addAll(g.rule().include());
        }
        boolean includes = !rule.included.isEmpty();
        for (Employee e : employees) {
            // Only an include asks by email; most mappings have none, and large ones should not pay for it.
            if (includes) {
                rule.byEmail.put(e.email(), e);
            }
            if (rule.working(e)) {
                rule.working.add(e);
                rule.byDepartment
                        .computeIfAbsent(Departments.key(e.department()), k -> new ArrayList<>())
                        .add(e);
            }
        }
        return rule;
    }

    /** Whether HR's status lets this person hold any group's apps. */
    boolean working(Employee e) {
        return e.status() == EmployeeStatus.ACTIVE || (e.status() == EmployeeStatus.LEAVE && policy.keepOnLeave());
    }

    /** Everyone HR lists who belongs in the group, each once: by the rule's blocks, then by {@code include}. */
    List<Employee> members(MappedGroup group) {
        Rule rule = group.rule();
        Set<String> seen = new HashSet<>();
        List<Employee> members = new ArrayList<>();
        for (Block block : rule.blocks()) {
            // Candidates already have one of the block's departments.
            for (Employee e : candidates(block)) {
                if (block.conditionsHold(e.attributes()) && !rule.excludes(e.email()) && seen.add(e.employeeId())) {
                    members.add(e);
                }
            }
        }
        for (String email : rule.include()) {
            Employee e = byEmail.get(email);
            if (e != null && working(e) && seen.add(e.employeeId())) {
                members.add(e);
            }
        }
        return members;
    }

    /** Emails {@code include} names that HR does not list at all: members with no HR record. */
    List<String> guests(MappedGroup group) {
        return group.rule().include().stream()
                .filter(email -> !byEmail.containsKey(email))
                .toList();
    }

    /** Why a member of {@link #members} belongs: the facts of the block it matched, or the include line. */
    String why(MappedGroup group, Employee e) {
        Optional<Block> block = group.rule().matching(e.department(), e.attributes());
        return block.map(b -> b.facts(e.department(), e.attributes())).orElseGet(() -> included(group));
    }

    static String included(MappedGroup group) {
        return "included by the mapping file (line " + group.rule().includeLine() + ")";
    }

    /** Whether the person belongs in at least one mapped group. */
    boolean belongsSomewhere(Employee e) {
        if (!working(e)) {
            return false;
        }
        if (included.contains(e.email())) {
            return true;
        }
        for (Owned o : blocksByDepartment.getOrDefault(Departments.key(e.department()), List.of())) {
            if (o.block().conditionsHold(e.attributes()) && !o.rule().excludes(e.email())) {
                return true;
            }
        }
        for (Owned o : anyDepartment) {
            if (o.block().conditionsHold(e.attributes()) && !o.rule().excludes(e.email())) {
                return true;
            }
        }
        return false;
    }

    /** Those who belong by this department and are active: the headcount the integrity gate compares. */
    int activeIn(String department) {
        return (int) byDepartment.getOrDefault(Departments.key(department), List.of()).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE)
                .count();
    }

    private List<Employee> candidates(Block block) {
        if (block.departments().isEmpty()) {
            return working;
        }
        if (block.departments().size() == 1) {
            return byDepartment.getOrDefault(Departments.key(block.departments().get(0)), List.of());
        }
        List<Employee> all = new ArrayList<>();
        block.departments().forEach(d -> all.addAll(byDepartment.getOrDefault(Departments.key(d), List.of())));
        return all;
    }
}
