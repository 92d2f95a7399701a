package io.cakesync.mapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cakesync.source.Departments;
import io.cakesync.source.Emails;

/**
 * A writable Cakewalk group, the rule saying which HR records belong in it, how much cakesync may
 * remove from it, and who is never removed (emails or user ids, normalized).
 */
public record MappedGroup(String groupId, String groupName, Rule rule, GroupMode mode, Set<String> protectedMembers) {

    public MappedGroup {
        protectedMembers = protectedMembers.stream().map(Emails::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public MappedGroup(
            String groupId, String groupName, List<String> departments, GroupMode mode, Set<String> protectedMembers) {
        this(groupId, groupName, Rule.ofDepartments(departments), mode, protectedMembers);
    }

    public MappedGroup(String groupId, String groupName, List<String> departments) {
        this(groupId, groupName, departments, GroupMode.AUTHORITATIVE, Set.of());
    }

    /** Every department the rule names. */
    public List<String> departments() {
        return rule.departments();
    }

    public boolean feedsFrom(String department) {
        String key = Departments.key(department);
        return !key.isEmpty()
                && departments().stream().anyMatch(d -> Departments.key(d).equals(key));
    }
}
