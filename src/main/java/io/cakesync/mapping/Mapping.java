package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.cakesync.cakewalk.CakewalkGroup;
import io.cakesync.source.Attributes;

/**
 * The mapping file, read before anything else of a run: what its rules ask of HR ({@link #attributes})
 * is known before the HR source is read, and every problem, including attributes the source cannot
 * give, is found before Cakewalk is asked. {@link #resolve} then turns it into writable groups.
 */
public final class Mapping {
    private final Path file;
    private final List<MappingEntry> entries;
    private final List<String> problems;

    private Mapping(Path file, List<MappingEntry> entries, List<String> problems) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static Mapping read(Path file) {
        MappingFile.Parsed parsed = MappingFile.read(file);
        return new Mapping(file, parsed.entries(), parsed.problems());
    }

    /** A mapping given as text (pasted or uploaded); {@code name} stands for the file in messages. */
    public static Mapping ofText(String name, String text) {
        MappingFile.Parsed parsed = MappingFile.ofText(text);
        return new Mapping(Path.of(name), parsed.entries(), parsed.problems());
    }

    /**
     * The same mapping with a problem for every attribute the configured kind of source does not
     * provide ({@code kind} names it in the message).
     */
    public Mapping checkedAgainst(String kind, Predicate<String> provides) {
        List<String> all = new ArrayList<>(problems);
        for (MappingEntry entry : entries) {
            for (Block block : entry.rule().blocks()) {
                for (Condition c : block.conditions()) {
                    if (!provides.test(c.attribute())) {
                        all.add("line " + c.line() + ": attribute '" + c.attribute() + "' of group '" + entry.group()
                                + "' is not one the " + kind + " source provides (its attributes: "
                                + String.join(", ", Attributes.STANDARD) + ")");
                    }
                }
            }
        }
        return new Mapping(file, entries, all);
    }

    public Path file() {
        return file;
    }

    /** Every problem, each starting with its line where it has one. */
    public List<String> problems() {
        return problems;
    }

    /** This mapping, or a {@link MappingException} listing every problem. */
    public Mapping orThrow() {
        if (!problems.isEmpty()) {
            throw new MappingException(file, problems);
        }
        return this;
    }

    /** The attributes the rules read: what the HR source must give. */
    public Set<String> attributes() {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(e -> names.addAll(e.rule().attributes()));
        return names;
    }

    /** The mapped groups; throws {@link MappingException} with the file's and the resolution's problems. */
    public List<MappedGroup> resolve(List<CakewalkGroup> groups) {
        return MappingResolver.resolveOrThrow(file, entries, groups, new ArrayList<>(problems));
    }

    /**
     * The mapped groups when the file is valid and every entry finds its group among {@code known}
     * (groups a snapshot vouches for); empty when any does not, so the caller asks Cakewalk instead.
     */
    public Optional<List<MappedGroup>> resolveWithin(List<CakewalkGroup> known) {
        List<String> unresolved = new ArrayList<>(problems);
        List<MappedGroup> mapped = MappingResolver.resolveInto(entries, known, unresolved);
        return unresolved.isEmpty() ? Optional.of(mapped) : Optional.empty();
    }

    /** Warnings that need Cakewalk's users: each {@code include} email that is no Cakewalk user. */
    public List<String> warnings(Set<String> cakewalkEmails) {
        List<String> warnings = new ArrayList<>();
        for (MappingEntry entry : entries) {
            entry.rule().include().stream()
                    .filter(email -> !cakewalkEmails.contains(email))
                    .forEach(email -> warnings.add("line " + entry.rule().includeLine() + ": " + email
                            + " in 'include' "
                            + "of group '" + entry.group() + "' is no Cakewalk user (yet); it is added once Cakewalk "
                            + "has a user with this email"));
        }
        return warnings;
    }
}
