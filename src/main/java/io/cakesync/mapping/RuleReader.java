package io.cakesync.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.cakesync.source.Departments;
import io.cakesync.source.Emails;

import static io.cakesync.mapping.MappingFile.at;
import static io.cakesync.mapping.MappingFile.describe;
import static io.cakesync.mapping.MappingFile.line;
import static io.cakesync.mapping.MappingFile.text;

/** Reads the rule of one entry ({@code departments}, {@code where}, {@code any}, {@code include}, {@code exclude}). */
final class RuleReader {
    private static final List<String> BLOCK_KEYS = List.of("departments", "where");

    private RuleReader() {}

    static Rule read(MappingNode entry, Map<String, Node> values, String label, List<String> problems) {
        Node any = values.get("any");
        Node departments = values.get("departments");
        Node where = values.get("where");
        List<Block> blocks = new ArrayList<>();
        if (any != null && (departments != null || where != null)) {
            problems.add(
                    at(entry) + label + " has 'any' and also 'departments' or 'where'; put every block under 'any'");
        } else if (any != null) {
            blocks.addAll(anyBlocks(any, label, problems));
        } else if (departments != null || where != null) {
            block(departments, where, line(entry), null, label, problems).ifPresent(blocks::add);
        } else if (!values.containsKey("include")) {
            problems.add(at(entry) + label + " has no rule: give 'departments', 'where' or 'any' (or 'include' for "
                    + "members HR does not list)");
        }
        Map<String, Integer> include = emails(values.get("include"), "'include' of " + label, problems);
        Map<String, Integer> exclude = emails(values.get("exclude"), "'exclude' of " + label, problems);
        exclude.forEach((email, line) -> {
            if (include.containsKey(email)) {
                problems.add("line " + line + ": " + email + " is both included (line " + include.get(email)
                        + ") and excluded for " + label + "; keep it in one list");
            }
        });
        return new Rule(
                blocks,
                List.copyOf(include.keySet()),
                List.copyOf(exclude.keySet()),
                lineOf(values.get("include")),
                lineOf(values.get("exclude")));
    }

    private static List<Block> anyBlocks(Node any, String label, List<String> problems) {
        if (!(any instanceof SequenceNode list)) {
            problems.add(at(any) + "'any' of " + label + " must be a list of blocks, found " + describe(any));
            return List.of();
        }
        if (list.getValue().isEmpty()) {
            problems.add(at(any) + "'any' of " + label + " is empty; list at least one block");
        }
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Node item : list.getValue()) {
            n++;
            String name = "any #" + n + " (line " + line(item) + ")";
            if (!(item instanceof MappingNode block)) {
                problems.add(at(item) + "block " + name + " of " + label + " must be a map with 'departments' and/or "
                        + "'where', found " + describe(item));
                continue;
            }
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple tuple : block.getValue()) {
                String key = text(tuple.getKeyNode()).orElse(describe(tuple.getKeyNode()));
                if (!BLOCK_KEYS.contains(key)) {
                    problems.add(at(tuple.getKeyNode()) + "unknown key '" + key + "' in a block of 'any' (allowed: "
                            + String.join(", ", BLOCK_KEYS) + ")");
                } else if (keys.putIfAbsent(key, tuple.getValueNode()) != null) {
                    problems.add(at(tuple.getKeyNode()) + "'" + key + "' appears twice in this block");
                }
            }
            if (keys.isEmpty()) {
                problems.add(at(item) + "block " + name + " of " + label + " is empty; give 'departments' or 'where'");
                continue;
            }
            block(keys.get("departments"), keys.get("where"), line(item), name, label + ", block " + name, problems)
                    .ifPresent(blocks::add);
        }
        return blocks;
    }

    private static Optional<Block> block(
            Node departments, Node where, int line, String name, String label, List<String> problems) {
        List<String> names = departments == null ? List.of() : departments(departments, label, problems);
        List<Condition> conditions = where == null ? List.of() : Conditions.read(where, label, problems);
        if (names.isEmpty() && conditions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(names, conditions, line, name));
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
                Integer first = seenOnLine.putIfAbsent(Departments.key(name.get()), line(item));
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

    /** Normalized emails by the line each is written on. */
    private static Map<String, Integer> emails(Node node, String what, List<String> problems) {
        Map<String, Integer> emails = new LinkedHashMap<>();
        if (node == null) {
            return emails;
        }
        if (!(node instanceof SequenceNode list)) {
            problems.add(at(node) + what + " must be a list of emails, found " + describe(node));
            return emails;
        }
        for (Node element : list.getValue()) {
            Optional<String> written = text(element);
            if (written.isEmpty()) {
                problems.add(at(element) + "an entry of " + what + " must be an email, found " + describe(element));
            } else if (!Emails.isValid(Emails.normalize(written.get()))) {
                problems.add(at(element) + "'" + written.get() + "' in " + what + " is not an email address");
            } else {
                emails.putIfAbsent(Emails.normalize(written.get()), line(element));
            }
        }
        return emails;
    }

    private static int lineOf(Node node) {
        return node == null ? 0 : line(node);
    }
}
