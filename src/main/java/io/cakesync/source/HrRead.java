package io.cakesync.source;

import java.util.List;

/**
 * A complete read of the HR source: the valid employees and the records that were rejected.
 * {@code origin} names where it came from (a file path, an API) for messages and the audit.
 */
public record HrRead(String origin, int recordsRead, List<Employee> employees, List<RejectedRecord> rejected) {

    public HrRead {
        employees = List.copyOf(employees);
        rejected = List.copyOf(rejected);
    }

    public boolean complete() {
        return rejected.isEmpty();
    }
}
