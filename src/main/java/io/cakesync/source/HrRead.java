package io.cakesync.source;

import java.util.List;

/**
 * A complete read of the HR source: the valid employees and the rows that were rejected.
 * {@code origin} names where it came from (the file path) for messages and the audit.
 */
public record HrRead(String origin, int rowsRead, List<Employee> employees, List<RejectedRow> rejected) {

    public HrRead {
        employees = List.copyOf(employees);
        rejected = List.copyOf(rejected);
    }

    public boolean complete() {
        return rejected.isEmpty();
    }
}
