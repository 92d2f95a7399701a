package io.cakesync.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cakesync.source.Departments;

/**
 * One block of a group's rule: the department is one of {@code departments} (when it lists any) and
 * every condition holds. {@code label} names the block in reasons when a group has several ("any #2
 * (line 14)"); a group's only block needs no name.
 */
public final class Block {
    private final List<String> departments;
    private final Set<String> departmentKeys;
    private final List<Condition> conditions;
    private final int line;
    private final String label;

    public Block(List<String> departments, List<Condition> conditions, int line, String label) {
        this.departments = List.copyOf(departments);
        this.departmentKeys = departments.stream().map(Departments::key).collect(Collectors.toUnmodifiableSet());
        this.conditions = List.copyOf(conditions);
        this.line = line;
        this.label = label;
    }

    public List<String> departments() {
        return departments;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public int line() {
        return line;
    }

    /** Null for a group's only block. */
    public String label() {
        return label;
    }

    public boolean matches(String department, Map<String, String> attributes) {
        return departmentMatches(department) && conditionsHold(attributes);
    }

    /** True when the block names no department, or the department is one of them. */
    public boolean departmentMatches(String department) {
        return departmentKeys.isEmpty() || departmentKeys.contains(Departments.key(department));
    }

    public boolean conditionsHold(Map<String, String> attributes) {
        for (Condition c : conditions) {
            if (!c.holds(attributes)) {
                return false;
            }
        }
        return true;
    }

    /** The facts a matching record satisfies, in the block's order: "department Engineering, office Berlin". */
    public String facts(String department, Map<String, String> attributes) {
        List<String> facts = new ArrayList<>();
        if (!departmentKeys.isEmpty()) {
            facts.add(departmentFact(department));
        }
        conditions.forEach(c -> facts.add(c.fact(attributes)));
        return named(String.join(", ", facts));
    }

    /** The facts that keep a record out of this block: "office Hamburg, no employment_type". */
    public String failing(String department, Map<String, String> attributes) {
        List<String> facts = new ArrayList<>();
        if (!departmentMatches(department)) {
            facts.add(departmentFact(department));
        }
        conditions.stream().filter(c -> !c.holds(attributes)).forEach(c -> facts.add(c.fact(attributes)));
        return named(String.join(", ", facts));
    }

    Set<String> attributes() {
        Set<String> names = new LinkedHashSet<>();
        conditions.forEach(c -> names.add(c.attribute()));
        return names;
    }

    private String named(String facts) {
        return label == null ? facts : label + ": " + facts;
    }

    static String departmentFact(String department) {
        return department == null || department.isBlank() ? "no department" : "department " + department.strip();
    }
}
