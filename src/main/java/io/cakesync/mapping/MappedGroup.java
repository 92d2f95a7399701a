package io.cakesync.mapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cakesync.source.Departments;
import io.cakesync.source.Emails;

/**
 * A writable Cakewalk group, the HR departments whose active employees belong in it, how much
 * cakesync may remove from it, and who is never removed (emails or user ids, normalized).
 */
public record MappedGroup(String groupId, String groupName, List<String> departments, GroupMode mode,
        Set<String> protectedMembers) {

    public MappedGroup {
        departments = List.copyOf(departments);
        protectedMembers = protectedMembers.stream().map(Emails::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public MappedGroup(String groupId, String groupName, List<String> departments) {
        this(groupId, groupName, departments, GroupMode.AUTHORITATIVE, Set.of());
    }

    public boolean feedsFrom(String department) {
        String key = Departments.key(department);
        return !key.isEmpty() && departments.stream().anyMatch(d -> Departments.key(d).equals(key));
    }
}
