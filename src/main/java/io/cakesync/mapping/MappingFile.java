package io.cakesync.mapping;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the mapping file (YAML, a top-level {@code groups} list), collecting every problem instead of
 * stopping at the first. Composed as nodes, not objects, to keep line numbers and to take scalars as
 * written, so a department code like 0123 or a name like Yes is not turned into a number or a boolean.
 */
public final class MappingFile {

    /** Entries that name a group, even when the file has problems, so resolving can add its own. */
    public record Parsed(List<MappingEntry> entries, List<String> problems) {}

    private MappingFile() {}

    static List<MappingEntry> parse(Path file) {
        Parsed parsed = read(file);
        if (!parsed.problems().isEmpty()) {
            throw new MappingException(file, parsed.problems());
        }
        return parsed.entries();
    }

    public static Parsed read(Path file) {
        List<String> problems = new ArrayList<>();
        try {
            return ofText(Files.readString(file));
        } catch (NoSuchFileException e) {
            problems.add("the file does not exist");
        } catch (CharacterCodingException e) {
            problems.add("the file is not valid UTF-8");
        } catch (IOException e) {
            problems.add("the file cannot be read: " + e);
        }
        return new Parsed(List.of(), problems);
    }

    /** The mapping as text, for a mapping not (yet) in the configured file. */
    public static Parsed ofText(String text) {
        List<String> problems = new ArrayList<>();
        Node root = compose(text, problems);
        SequenceNode groups = root == null ? null : groupsList(root, problems);
        List<MappingEntry> entries = groups == null ? List.of() : entries(groups, problems);
        return new Parsed(entries, problems);
    }

    private static Node compose(String text, List<String> problems) {
        try {
            Node root = new Yaml().compose(new StringReader(text.replaceFirst("^\uFEFF", "")));
            if (root == null) {
                problems.add("the file is empty; it needs a top-level 'groups' list");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String where =
                    mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            problems.add(where + "YAML syntax error: " + context + e.getProblem());
        } catch (YAMLException e) {
            problems.add("YAML syntax error: " + e.getMessage());
        }
        return null;
    }

    private static SequenceNode groupsList(Node root, List<String> problems) {
        if (!(root instanceof MappingNode top)) {
            problems.add(at(root) + "the top level must be a map with a 'groups' list, found " + describe(root));
            return null;
        }
        Node groups = null;
        for (NodeTuple tuple : top.getValue()) {
            String key = text(tuple.getKeyNode()).orElse(describe(tuple.getKeyNode()));
            if (!key.equals("groups")) {
                problems.add(at(tuple.getKeyNode()) + "unknown top-level key '" + key + "' (allowed: groups)");
            } else if (groups != null) {
                problems.add(at(tuple.getKeyNode()) + "'groups' appears twice");
            } else {
                groups = tuple.getValueNode();
            }
        }
        if (groups == null) {
            problems.add(at(root) + "the top level has no 'groups' list");
            return null;
        }
        if (!(groups instanceof SequenceNode list)) {
            problems.add(at(groups) + "'groups' must be a list of entries, found " + describe(groups));
            return null;
        }
        if (list.getValue().isEmpty()) {
            problems.add(at(groups) + "'groups' is empty; add at least one entry");
        }
        return list;
    }

    private static List<MappingEntry> entries(SequenceNode groups, List<String> problems) {
        List<MappingEntry> entries = new ArrayList<>();
        for (Node node : groups.getValue()) {
            if (node instanceof MappingNode entry) {
                MappingEntry.read(entry, problems).ifPresent(entries::add);
            } else {
                problems.add(at(node) + "each entry of 'groups' must be a map with 'group' and 'departments', found "
                        + describe(node));
            }
        }
        return entries;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static String at(Node node) {
        return "line " + line(node) + ": ";
    }

    /** The trimmed text of a non-empty scalar. */
    static Optional<String> text(Node node) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return Optional.of(scalar.getValue().strip()).filter(s -> !s.isEmpty());
        }
        return Optional.empty();
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return text(node).map(t -> "'" + t + "'").orElse("nothing");
    }
}
