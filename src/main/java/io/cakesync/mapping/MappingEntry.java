package io.cakesync.mapping;

import static io.cakesync.mapping.MappingFile.at;
import static io.cakesync.mapping.MappingFile.describe;
import static io.cakesync.mapping.MappingFile.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.cakesync.source.Departments;

/**
 * One entry of the mapping file as written: a group (name or id), the departments feeding it, and
 * optionally its mode and the members that are never removed from it.
 */
public record MappingEntry(String group, List<String> departments, int line, GroupMode mode, List<String> protectedMembers) {
    private static final List<String> KEYS = List.of("group", "departments", "mode", "protected");

    public MappingEntry {
        departments = List.copyOf(departments);
        protectedMembers = List.copyOf(protectedMembers);
    }

    MappingEntry(String group, List<String> departments, int line) {
        this(group, departments, line, GroupMode.AUTHORITATIVE, List.of());
    }

    /** Adds this entry's problems; returns it if it names a group, even with problems, so resolving can add its own. */
    static Optional<MappingEntry> read(MappingNode entry, List<String> problems) {
        Map<String, Node> values = new HashMap<>();
        for (NodeTuple tuple : entry.getValue()) {
            String key = text(tuple.getKeyNode()).orElse(describe(tuple.getKeyNode()));
            if (!KEYS.contains(key)) {
                problems.add(at(tuple.getKeyNode()) + "unknown key '" + key + "' (allowed: " + String.join(", ", KEYS)
                        + ")");
            } else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                problems.add(at(tuple.getKeyNode()) + "'" + key + "' appears twice in this entry");
            }
        }
        Optional<String> group = group(entry, values.get("group"), problems);
        String label = group.map(g -> "group '" + g + "'").orElse("this entry");
        GroupMode mode = mode(values.get("mode"), label, problems);
        List<String> protectedMembers = values.containsKey("protected")
                ? names(values.get("protected"), "'protected' of " + label, "member", problems)
                : List.of();
        Node departments = values.get("departments");
        if (departments == null) {
            problems.add(at(entry) + label + " has no 'departments' list");
            return group.map(g -> new MappingEntry(g, List.of(), MappingFile.line(entry), mode, protectedMembers));
        }
        List<String> names = departments(departments, label, problems);
        return group.map(g -> new MappingEntry(g, names, MappingFile.line(entry), mode, protectedMembers));
    }

    private static GroupMode mode(Node value, String label, List<String> problems) {
        if (value == null) {
            return GroupMode.AUTHORITATIVE;
        }
        Optional<GroupMode> mode = text(value).flatMap(GroupMode::parse);
        if (mode.isEmpty()) {
            problems.add(at(value) + "'mode' of " + label + " must be one of " + GroupMode.labels() + ", found "
                    + describe(value));
        }
        return mode.orElse(GroupMode.AUTHORITATIVE);
    }

    private static List<String> names(Node node, String what, String item, List<String> problems) {
        if (!(node instanceof SequenceNode list)) {
            problems.add(at(node) + what + " must be a list, found " + describe(node));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Node element : list.getValue()) {
            text(element).ifPresentOrElse(names::add,
                    () -> problems.add(at(element) + "a " + item + " in " + what + " must be an email or user id, found "
                            + describe(element)));
        }
        return names;
    }

    private static Optional<String> group(MappingNode entry, Node value, List<String> problems) {
        if (value == null) {
            problems.add(at(entry) + "entry has no 'group' (the Cakewalk group's exact name or id)");
            return Optional.empty();
        }
        Optional<String> group = text(value);
        if (group.isEmpty()) {
            problems.add(at(value) + "'group' must be a Cakewalk group name or id, found " + describe(value));
        }
        return group;
    }

    private static List<String> departments(Node node, String label, List<String> problems) {
        if (!(node instanceof SequenceNode list)) {
            problems.add(at(node) + "'departments' of " + label + " must be a list of department names, found "
                    + describe(node));
            return List.of();
        }
        if (list.getValue().isEmpty()) {
            problems.add(at(node) + "'departments' of " + label + " is empty; list at least one department");
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> seenOnLine = new HashMap<>();
        for (Node item : list.getValue()) {
            Optional<String> name = text(item);
            if (name.isEmpty()) {
                problems.add(at(item) + "a department of " + label + " must be a name, found " + describe(item));
            } else {
                Integer first = seenOnLine.putIfAbsent(Departments.key(name.get()), MappingFile.line(item));
                if (first == null) {
                    names.add(name.get());
                } else {
                    problems.add(at(item) + "department '" + name.get() + "' is listed twice for " + label
                            + " (first on line " + first + ")");
                }
            }
        }
        return names;
    }
}
