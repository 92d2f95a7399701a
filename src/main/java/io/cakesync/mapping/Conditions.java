package io.cakesync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.cakesync.source.Attributes;

import static io.cakesync.mapping.MappingFile.at;
import static io.cakesync.mapping.MappingFile.describe;
import static io.cakesync.mapping.MappingFile.line;
import static io.cakesync.mapping.MappingFile.text;

/**
 * Reads a {@code where:} map: attribute name to a value or list (equals one of them), or to one
 * operator: {@code {not: …}}, {@code {startsWith: …}}, {@code {exists: true|false}}.
 */
final class Conditions {
    private static final Map<String, Condition.Operator> OPERATORS = Map.of(
            "not",
            Condition.Operator.NOT,
            "startsWith",
            Condition.Operator.STARTS_WITH,
            "exists",
            Condition.Operator.EXISTS);
    private static final String ALLOWED = "not, startsWith, exists";
    /** Fields every record has under their own name; a rule reaches them through other keys or not at all. */
    private static final List<String> CORE = List.of("employee_id", "email", "first_name", "last_name", "status");

    private Conditions() {}

    static List<Condition> read(Node where, String label, List<String> problems) {
        if (!(where instanceof MappingNode map)) {
            problems.add(at(where) + "'where' of " + label + " must be a map of attribute: condition, found "
                    + describe(where));
            return List.of();
        }
        if (map.getValue().isEmpty()) {
            problems.add(at(where) + "'where' of " + label + " is empty; give at least one condition");
        }
        List<Condition> conditions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node key = tuple.getKeyNode();
            Optional<String> written = text(key);
            if (written.isEmpty()) {
                problems.add(at(key) + "a condition of " + label + " must start with an attribute name, found "
                        + describe(key));
                continue;
            }
            String attribute = Attributes.name(written.get());
            Integer first = seen.putIfAbsent(attribute, line(key));
            if (first != null) {
                problems.add(at(key) + "attribute '" + attribute + "' has two conditions in " + label
                        + " (first on line " + first + "); combine them");
            } else if (attribute.equals("department") || attribute.equals("departments")) {
                problems.add(at(key) + "'" + written.get() + "' is not an attribute: list departments under "
                        + "'departments' of " + label);
            } else if (CORE.contains(attribute)) {
                problems.add(at(key) + "'" + written.get() + "' is not an attribute a rule can use in " + label
                        + (attribute.equals("status") ? "; who counts as working is set by sync.leave-policy" : ""));
            } else {
                condition(attribute, tuple.getValueNode(), line(key), label, problems)
                        .ifPresent(conditions::add);
            }
        }
        return conditions;
    }

    private static Optional<Condition> condition(
            String attribute, Node value, int line, String label, List<String> problems) {
        String what = "'" + attribute + "' in " + label;
        if (!(value instanceof MappingNode operator)) {
            return values(value, what, problems).map(v -> new Condition(attribute, Condition.Operator.EQUALS, v, line));
        }
        if (operator.getValue().size() != 1) {
            problems.add(at(value) + what + " must have exactly one operator (" + ALLOWED + "), found "
                    + operator.getValue().size());
            return Optional.empty();
        }
        NodeTuple only = operator.getValue().get(0);
        String name = text(only.getKeyNode()).orElse(describe(only.getKeyNode()));
        Condition.Operator op = OPERATORS.get(name);
        if (op == null) {
            problems.add(at(only.getKeyNode()) + "unknown operator '" + name + "' for " + what + " (allowed: " + ALLOWED
                    + ")");
            return Optional.empty();
        }
        if (op == Condition.Operator.EXISTS) {
            Optional<String> flag = text(only.getValueNode()).filter(t -> t.equals("true") || t.equals("false"));
            if (flag.isEmpty()) {
                problems.add(at(only.getValueNode()) + "'exists' of " + what + " must be true or false, found "
                        + describe(only.getValueNode()));
                return Optional.empty();
            }
            return Optional.of(new Condition(attribute, op, List.of(flag.get()), line));
        }
        return values(only.getValueNode(), "'" + name + "' of " + what, problems)
                .map(v -> new Condition(attribute, op, v, line));
    }

    /** A value or a non-empty list of values, taken as written. */
    private static Optional<List<String>> values(Node node, String what, List<String> problems) {
        if (node instanceof ScalarNode) {
            Optional<String> one = text(node);
            if (one.isEmpty()) {
                problems.add(at(node) + what + " needs a value (use {exists: false} to ask for a missing one)");
            }
            return one.map(List::of);
        }
        if (!(node instanceof SequenceNode list)) {
            problems.add(at(node) + what + " must be a value or a list of values, found " + describe(node));
            return Optional.empty();
        }
        if (list.getValue().isEmpty()) {
            problems.add(at(node) + what + " is an empty list; give at least one value");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Node item : list.getValue()) {
            text(item)
                    .ifPresentOrElse(
                            values::add,
                            () -> problems.add(
                                    at(item) + "a value of " + what + " must be text, found " + describe(item)));
        }
        return values.size() == list.getValue().size() ? Optional.of(values) : Optional.empty();
    }
}
