package io.cakesync.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.source.Departments;
import io.cakesync.source.Emails;

/**
 * Who belongs in a group by its entry in the mapping file: someone whose HR record matches any of the
 * blocks, plus the people {@code include} names (who need no HR record), never the people
 * {@code exclude} names. Emails are normalized; {@code includeLine} and {@code excludeLine} are where
 * the lists are written, for reasons.
 */
public final class Rule {
    private final List<Block> blocks;
    private final List<String> include;
    private final Set<String> exclude;
    private final int includeLine;
    private final int excludeLine;

    public Rule(List<Block> blocks, List<String> include, List<String> exclude, int includeLine, int excludeLine) {
        this.blocks = List.copyOf(blocks);
        this.include = include.stream().map(Emails::normalize).distinct().toList();
        this.exclude = Set.copyOf(exclude.stream().map(Emails::normalize).toList());
        this.includeLine = includeLine;
        this.excludeLine = excludeLine;
    }

    /** Today's form: the department is one of these. */
    public static Rule ofDepartments(List<String> departments) {
        return new Rule(List.of(new Block(departments, List.of(), 0, null)), List.of(), List.of(), 0, 0);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Normalized emails of the members the mapping file adds whatever HR says of their group. */
    public List<String> include() {
        return include;
    }

    /** Normalized emails of the people no block of this rule may place in the group. */
    public Set<String> exclude() {
        return exclude;
    }

    public boolean includes(String email) {
        return include.contains(email);
    }

    public boolean excludes(String email) {
        return email != null && exclude.contains(email);
    }

    public int includeLine() {
        return includeLine;
    }

    public int excludeLine() {
        return excludeLine;
    }

    /** The first block the facts match, if any (include and exclude aside). */
    public Optional<Block> matching(String department, Map<String, String> attributes) {
        for (Block b : blocks) {
            if (b.matches(department, attributes)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Every department the blocks name, each once, in the order written. */
    public List<String> departments() {
        List<String> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        blocks.forEach(b -> b.departments().forEach(d -> {
            if (seen.add(Departments.key(d))) {
                all.add(d);
            }
        }));
        return all;
    }

    /** The attributes the conditions read. */
    public Set<String> attributes() {
        Set<String> names = new LinkedHashSet<>();
        blocks.forEach(b -> names.addAll(b.attributes()));
        return names;
    }

    /** Why a record matches no block: "department Marketing does not feed this group", or the failing facts. */
    public String mismatch(String department, Map<String, String> attributes) {
        if (blocks.isEmpty()) {
            return "not included by the mapping file";
        }
        if (blocks.size() == 1 && blocks.get(0).conditions().isEmpty()) {
            return Block.departmentFact(department) + " does not feed this group";
        }
        List<String> failing =
                blocks.stream().map(b -> b.failing(department, attributes)).toList();
        return "does not match this group's rule (" + String.join(" / ", failing) + ")";
    }
}
