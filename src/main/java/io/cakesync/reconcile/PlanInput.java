package io.cakesync.reconcile;

import java.util.List;
import java.util.Map;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.source.Employee;
import io.cakesync.source.RejectedRow;

/**
 * Everything the planner looks at. {@code usersByEmail} is keyed by normalized email;
 * {@code previousEmployees} is the HR state the last live run saw, keyed by employee id.
 */
record PlanInput(List<MappedGroup> groups, List<Employee> employees, List<RejectedRow> rejected,
        Map<String, CakewalkUser> usersByEmail, Map<String, List<CakewalkUser>> membersByGroup,
        Map<String, PreviousEmployee> previousEmployees, StatusPolicy policy) {

    record PreviousEmployee(String email, String department) {
    }
}
