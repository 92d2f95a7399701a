package io.cakesync.source.personio;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.StatusMap;

/** The four statuses Personio documents for an employee. Personio has no "terminated": leavers are inactive. */
final class PersonioStatuses {
    static final StatusMap MAP = statuses();

    private PersonioStatuses() {}

    private static StatusMap statuses() {
        Map<String, EmployeeStatus> byValue = new LinkedHashMap<>();
        byValue.put("active", EmployeeStatus.ACTIVE);
        byValue.put("leave", EmployeeStatus.LEAVE);
        byValue.put("inactive", EmployeeStatus.INACTIVE);
        byValue.put("onboarding", EmployeeStatus.PRE_HIRE);
        return new StatusMap(byValue);
    }
}
