package io.cakesync.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Departments;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;
import io.cakesync.source.RejectedRecord;

/**
 * The HR side of a plan, indexed once: by email (current and former) and by doubt. Which values the
 * read still has, and how many had them at the last run, is indexed on first use: only a mover asks.
 */
final class People {
    private static final String DEPARTMENT = "\0department";

    private final Map<String, Employee> byEmail = new HashMap<>();
    private final Map<String, String> formerEmails = new HashMap<>();
    private final Map<String, String> doubtful = new HashMap<>();
    private final Map<String, PreviousEmployee> previous;
    private final List<Employee> employees;
    private final Map<String, Set<String>> valuesNow = new HashMap<>();
    private final Map<String, Map<String, Integer>> holdersBefore = new HashMap<>();

    private People(Map<String, PreviousEmployee> previous, List<Employee> employees) {
        this.previous = previous;
        this.employees = employees;
    }

    static People of(PlanInput in) {
        People people = new People(in.previousEmployees(), in.employees());
        for (Employee e : in.employees()) {
            people.byEmail.put(e.email(), e);
            PreviousEmployee before = in.previousEmployees().get(e.employeeId());
            if (before != null && before.email() != null && !before.email().equals(e.email())) {
                people.formerEmails.put(e.employeeId(), before.email());
            }
        }
        for (Employee e : in.employees()) {
            String former = people.formerEmails.get(e.employeeId());
            if (former != null) {
                people.byEmail.putIfAbsent(former, e);
            }
        }
        in.rejected().forEach(people::doubt);
        return people;
    }

    /** The employee with this email now, or who had it at the last run (an email change in HR). */
    Employee byEmail(String email) {
        return email == null ? null : byEmail.get(email);
    }

    String formerEmail(Employee e) {
        return formerEmails.get(e.employeeId());
    }

    PreviousEmployee before(Employee e) {
        return e == null ? null : previous.get(e.employeeId());
    }

    /**
     * True when no valid record has this department any more, though several people had it at the last
     * run: a renamed or lost value, not a person moving on.
     */
    boolean departmentVanished(String department) {
        return vanished(
                DEPARTMENT,
                department,
                Employee::department,
                p -> List.of(Departments.key(p.department()), Departments.key(p.previousDepartment())));
    }

    /** Like {@link #departmentVanished}, for an attribute's value. */
    boolean attributeVanished(String attribute, String value) {
        return vanished(
                attribute,
                value,
                e -> e.attribute(attribute),
                p -> List.of(Departments.key(p.attributes().get(attribute))));
    }

    private boolean vanished(
            String field,
            String value,
            Function<Employee, String> now,
            Function<PreviousEmployee, List<String>> before) {
        String key = Departments.key(value);
        if (key.isEmpty()) {
            return false;
        }
        Set<String> present = valuesNow.computeIfAbsent(field, f -> {
            Set<String> keys = new HashSet<>();
            employees.forEach(e -> keys.add(Departments.key(now.apply(e))));
            return keys;
        });
        if (present.contains(key)) {
            return false;
        }
        Map<String, Integer> holders = holdersBefore.computeIfAbsent(field, f -> {
            Map<String, Integer> counts = new HashMap<>();
            previous.values()
                    .forEach(p -> before.apply(p).stream().distinct().forEach(k -> counts.merge(k, 1, Integer::sum)));
            return counts;
        });
        return holders.getOrDefault(key, 0) > 1;
    }

    /** Why a member with this email must not be removed this run, or null. */
    String doubt(String email) {
        return doubtful.get(email);
    }

    /**
     * A rejected HR row might be the only row of a current employee: whoever it could describe (its
     * email, or the email its employee id had last time) must not be removed on its account.
     */
    private void doubt(RejectedRecord row) {
        String why = "HR record at " + row.locator() + " was rejected (" + row.reason() + ")";
        String email = Emails.normalize(row.email());
        if (email != null && !email.isEmpty()) {
            doubtful.putIfAbsent(email, why);
        }
        PreviousEmployee before =
                row.employeeId() == null ? null : previous.get(row.employeeId().trim());
        if (before != null && before.email() != null) {
            doubtful.putIfAbsent(before.email(), why);
        }
    }
}
