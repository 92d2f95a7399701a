package io.cakesync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import static io.cakesync.mapping.MappingFile.at;
import static io.cakesync.mapping.MappingFile.describe;
import static io.cakesync.mapping.MappingFile.text;

/**
 * One entry of the mapping file as written: a group (name or id), the rule saying who belongs in it,
 * and optionally its mode and the members that are never removed from it.
 */
public record MappingEntry(String group, int line, GroupMode mode, List<String> protectedMembers, Rule rule) {
    static final List<String> KEYS =
            List.of("group", "departments", "where", "any", "include", "exclude", "mode", "protected");

    public MappingEntry {
        protectedMembers = List.copyOf(protectedMembers);
    }

    public List<String> departments() {
        return rule.departments();
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
        Rule rule = RuleReader.read(entry, values, label, problems);
        return group.map(g -> new MappingEntry(g, MappingFile.line(entry), mode, protectedMembers, rule));
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
            text(element)
                    .ifPresentOrElse(
                            names::add,
                            () -> problems.add(at(element) + "a " + item + " in " + what
                                    + " must be an email or user id, found " + describe(element)));
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
}
