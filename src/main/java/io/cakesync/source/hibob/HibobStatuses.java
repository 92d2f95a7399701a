package io.cakesync.source.hibob;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.StatusMap;

/**
 * HiBob's lifecycle statuses (help.hibob.com, "lifecycle statuses"). Hired is a signed hire before the
 * start date. Garden leave is a notice period after the last day of work: HiBob's own "employee left"
 * webhook fires on it, so it ends access like inactive. Leave types are company-defined beyond the two
 * built-in ones, hence configurable.
 */
final class HibobStatuses {

    private HibobStatuses() {}

    static StatusMap of(List<String> leaveStatuses) {
        Map<String, EmployeeStatus> statuses = new LinkedHashMap<>();
        statuses.put("Employed", EmployeeStatus.ACTIVE);
        statuses.put("Hired", EmployeeStatus.PRE_HIRE);
        leaveStatuses.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(s -> statuses.put(s, EmployeeStatus.LEAVE));
        statuses.put("Garden leave", EmployeeStatus.INACTIVE);
        statuses.put("Terminated", EmployeeStatus.TERMINATED);
        return new StatusMap(statuses);
    }
}
