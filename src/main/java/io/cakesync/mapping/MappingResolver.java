package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.cakewalk.CakewalkGroup;

/** Turns mapping entries into writable Cakewalk groups: by id first, else by exact name. */
public final class MappingResolver {

    private MappingResolver() {}

    static List<MappedGroup> resolve(Path file, List<MappingEntry> entries, List<CakewalkGroup> groups) {
        return resolveOrThrow(file, entries, groups, new ArrayList<>());
    }

    /** Parses and resolves the file, reporting the problems of both steps together. */
    public static List<MappedGroup> load(Path file, List<CakewalkGroup> groups) {
        return Mapping.read(file).resolve(groups);
    }

    static List<MappedGroup> resolveOrThrow(
            Path file, List<MappingEntry> entries, List<CakewalkGroup> groups, List<String> problems) {
        List<MappedGroup> mapped = resolveInto(entries, groups, problems);
        if (!problems.isEmpty()) {
            throw new MappingException(file, problems);
        }
        return mapped;
    }

    /** The groups that resolve; what does not is added to {@code problems}. */
    static List<MappedGroup> resolveInto(
            List<MappingEntry> entries, List<CakewalkGroup> groups, List<String> problems) {
        List<MappedGroup> mapped = new ArrayList<>();
        Map<String, Integer> mappedOnLine = new HashMap<>();
        for (MappingEntry entry : entries) {
            Optional<CakewalkGroup> found = find(entry, groups, problems);
            if (found.isEmpty()) {
                continue;
            }
            CakewalkGroup group = found.get();
            String at = "line " + entry.line() + ": group '" + group.name() + "' (id " + group.id() + ")";
            Integer first = mappedOnLine.putIfAbsent(group.id(), entry.line());
            if (group.readOnly()) {
                problems.add(at + " is read-only: it is synced from " + source(group)
                        + ", and IdP-synced groups cannot be written; map a group managed in Cakewalk instead");
            } else if (first != null) {
                problems.add(at + " is also mapped by the entry on line " + first
                        + "; list all its departments in one entry");
            } else {
                mapped.add(new MappedGroup(
                        group.id(), group.name(), entry.rule(), entry.mode(), Set.copyOf(entry.protectedMembers())));
            }
        }
        return mapped;
    }

    private static Optional<CakewalkGroup> find(MappingEntry entry, List<CakewalkGroup> groups, List<String> problems) {
        String wanted = entry.group().strip();
        Optional<CakewalkGroup> byId =
                groups.stream().filter(g -> wanted.equals(g.id())).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        List<CakewalkGroup> named = groups.stream()
                .filter(g -> g.name() != null && wanted.equals(g.name().strip()))
                .toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        String at = "line " + entry.line() + ": ";
        if (named.isEmpty()) {
            problems.add(at + "no Cakewalk group has the id or name '" + wanted + "'" + suggestion(wanted, groups));
        } else {
            problems.add(at + named.size() + " Cakewalk groups are named '" + wanted + "' (ids "
                    + String.join(", ", named.stream().map(CakewalkGroup::id).toList())
                    + "); use the id of the one to sync");
        }
        return Optional.empty();
    }

    private static String suggestion(String wanted, List<CakewalkGroup> groups) {
        List<String> alike = groups.stream()
                .map(CakewalkGroup::name)
                .filter(n -> n != null && n.strip().equalsIgnoreCase(wanted))
                .toList();
        return alike.isEmpty() ? "" : " (names match exactly, including case; did you mean '" + alike.get(0) + "'?)";
    }

    private static String source(CakewalkGroup group) {
        return group.syncSource() == null || group.syncSource().isBlank() ? "an identity provider" : group.syncSource();
    }
}
