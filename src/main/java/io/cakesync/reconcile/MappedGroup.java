package io.cakesync.reconcile;

import java.util.List;

import io.cakesync.source.Departments;

/** A writable Cakewalk group and the HR departments whose active employees belong in it. */
public record MappedGroup(String groupId, String groupName, List<String> departments) {

    public MappedGroup {
        departments = List.copyOf(departments);
    }

    public boolean feedsFrom(String department) {
        String key = Departments.key(department);
        return !key.isEmpty() && departments.stream().anyMatch(d -> Departments.key(d).equals(key));
    }
}
