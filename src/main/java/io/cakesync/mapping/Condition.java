package io.cakesync.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cakesync.source.Departments;

/**
 * One condition of a rule on an HR attribute, as {@code where:} writes it. Values compare trimmed and
 * case-insensitively (the way departments do); a missing or blank attribute never satisfies a condition
 * except {@code exists: false}, so a record that lacks the field is never taken for one that has it.
 */
public final class Condition {

    public enum Operator {
        /** The value is one of the listed ones. */
        EQUALS,
        /** The value is present and none of the listed ones. */
        NOT,
        /** The value starts with one of the listed ones. */
        STARTS_WITH,
        /** Whether the record has the attribute at all. */
        EXISTS
    }

    private final String attribute;
    private final Operator operator;
    private final List<String> values;
    private final int line;
    private final Set<String> keys;
    private final boolean exists;

    /** {@code values} as written; for {@link Operator#EXISTS} one of "true" or "false". */
    public Condition(String attribute, Operator operator, List<String> values, int line) {
        this.attribute = attribute;
        this.operator = operator;
        this.values = List.copyOf(values);
        this.line = line;
        this.keys = values.stream().map(Departments::key).collect(Collectors.toUnmodifiableSet());
        this.exists = operator == Operator.EXISTS && "true".equalsIgnoreCase(values.get(0));
    }

    public String attribute() {
        return attribute;
    }

    public Operator operator() {
        return operator;
    }

    public List<String> values() {
        return values;
    }

    public int line() {
        return line;
    }

    /** Whether the condition holds for a record's attributes (keyed by attribute name). */
    public boolean holds(Map<String, String> attributes) {
        String value = attributes == null ? null : attributes.get(attribute);
        boolean present = value != null && !value.isBlank();
        if (operator == Operator.EXISTS) {
            return present == exists;
        }
        if (!present) {
            return false;
        }
        String key = Departments.key(value);
        if (operator == Operator.STARTS_WITH) {
            return keys.stream().anyMatch(key::startsWith);
        }
        return keys.contains(key) == (operator == Operator.EQUALS);
    }

    /** The record's side of the condition, as a reason shows it: "office Berlin", or "no office". */
    public String fact(Map<String, String> attributes) {
        String value = attributes == null ? null : attributes.get(attribute);
        return value == null || value.isBlank() ? "no " + attribute : attribute + " " + value.strip();
    }

    @Override
    public String toString() {
        return attribute + " " + operator + " " + values + " (line " + line + ")";
    }
}
