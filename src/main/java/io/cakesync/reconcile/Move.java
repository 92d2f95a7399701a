package io.cakesync.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.mapping.Rule;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Departments;
import io.cakesync.source.Employee;

/**
 * How a record changed since the last run so that the group's rule no longer matches it: the
 * department it left ({@code from}, null if it kept it) and the attributes the rule reads that changed
 * (by name, with the value they had). {@code since} is when the department changed; only a department
 * move has a grace period.
 */
record Move(
        String from,
        String to,
        Map<String, String> attributesBefore,
        Map<String, String> attributesNow,
        Instant since) {

    /** The change that took the record out of the rule, or null when the rule never matched it. */
    static Move of(Rule rule, Employee e, PreviousEmployee before, Instant now) {
        if (before == null) {
            return null;
        }
        Map<String, String> was = before.attributes();
        if (before.department() != null && !same(before.department(), e.department())) {
            return rule.matching(before.department(), was).isPresent()
                    ? changed(rule, before.department(), e, was, now)
                    : null;
        }
        if (rule.matching(e.department(), was).isPresent()) {
            return changed(rule, null, e, was, null);
        }
        if (before.previousDepartment() != null
                && rule.matching(before.previousDepartment(), was).isPresent()) {
            return changed(rule, before.previousDepartment(), e, was, before.departmentSince());
        }
        return null;
    }

    private static Move changed(Rule rule, String from, Employee e, Map<String, String> was, Instant since) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        for (String attribute : rule.attributes()) {
            String then = was.get(attribute);
            String value = e.attribute(attribute);
            if (!Departments.key(then).equals(Departments.key(value))) {
                before.put(attribute, then);
                after.put(attribute, value);
            }
        }
        if (from == null && before.isEmpty()) {
            return null;
        }
        return new Move(from, e.department(), before, after, from == null ? null : since);
    }

    /** "moved from Sales EMEA to Finance", "left: office changed Berlin → Hamburg". */
    String reason() {
        List<String> changes = new ArrayList<>();
        attributesBefore.forEach((attribute, then) -> {
            String value = attributesNow.get(attribute);
            changes.add(
                    then == null
                            ? attribute + " set to " + value
                            : value == null
                                    ? attribute + " removed (was " + then + ")"
                                    : attribute + " changed " + then + " → " + value);
        });
        if (from == null) {
            return "left: " + String.join(", ", changes);
        }
        String moved = "moved from " + from + " to " + to;
        return changes.isEmpty() ? moved : moved + "; " + String.join(", ", changes);
    }

    /** The first value the record left that no valid record has any more ("department Team"), or null. */
    String vanished(People people) {
        if (from != null && people.departmentVanished(from)) {
            return "department " + from;
        }
        for (Map.Entry<String, String> a : attributesBefore.entrySet()) {
            if (a.getValue() != null && people.attributeVanished(a.getKey(), a.getValue())) {
                return a.getKey() + " " + a.getValue();
            }
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return Departments.key(a).equals(Departments.key(b));
    }
}
