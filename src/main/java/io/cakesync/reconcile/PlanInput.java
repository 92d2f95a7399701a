package io.cakesync.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.source.Employee;
import io.cakesync.source.RejectedRecord;

/**
 * Everything the planner looks at. {@code usersByEmail} is keyed by normalized email;
 * {@code previousEmployees} is the HR state the last live run saw, keyed by employee id;
 * {@code owned} is the ownership ledger (group id → user id → origin); {@code protectedMembers}
 * holds normalized emails and user ids that are never removed from any group.
 */
record PlanInput(
        List<MappedGroup> groups,
        List<Employee> employees,
        List<RejectedRecord> rejected,
        Map<String, CakewalkUser> usersByEmail,
        Map<String, List<CakewalkUser>> membersByGroup,
        Map<String, PreviousEmployee> previousEmployees,
        StatusPolicy policy,
        Map<String, Map<String, String>> owned,
        Set<String> protectedMembers,
        Duration moverGrace,
        Instant now) {

    /**
     * What the last live run saw of an employee; {@code departmentSince} is when the department last changed,
     * {@code attributes} what the record carried then (keyed by attribute name).
     */
    record PreviousEmployee(
            String email,
            String department,
            String previousDepartment,
            Instant departmentSince,
            Map<String, String> attributes) {
        PreviousEmployee {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }

        PreviousEmployee(String email, String department) {
            this(email, department, null, null, Map.of());
        }
    }
}
