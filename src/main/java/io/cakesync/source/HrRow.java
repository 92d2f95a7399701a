package io.cakesync.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One data record with trimmed values, before validation. {@code email} is normalized. */
record HrRow(int line, String employeeId, String rawEmail, String email, String firstName, String lastName,
        String department, String status) {

    private static final String EXPECTED_STATUSES = "expected " + String.join(", ",
            Arrays.stream(EmployeeStatus.values()).map(EmployeeStatus::label).toList());

    static HrRow of(RawRecord record, CsvHeader header, ColumnNames columns) {
        String rawEmail = header.value(record, columns.email());
        return new HrRow(record.line(), header.value(record, columns.employeeId()), rawEmail,
                Emails.normalize(rawEmail), header.value(record, columns.firstName()),
                header.value(record, columns.lastName()), header.value(record, columns.department()),
                header.value(record, columns.status()));
    }

    boolean hasValidEmail() {
        return Emails.isValid(email);
    }

    Optional<EmployeeStatus> parsedStatus() {
        return EmployeeStatus.parse(status);
    }

    /** What is wrong with this row on its own; rows are compared with each other elsewhere. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (employeeId.isEmpty()) {
            problems.add("missing employee id");
        }
        if (email.isEmpty()) {
            problems.add("missing email");
        } else if (!hasValidEmail()) {
            problems.add("invalid email '" + Echo.of(rawEmail) + "'");
        }
        Optional<EmployeeStatus> parsed = parsedStatus();
        if (status.isEmpty()) {
            problems.add("missing status (" + EXPECTED_STATUSES + ")");
        } else if (parsed.isEmpty()) {
            problems.add("unknown status '" + Echo.of(status) + "' (" + EXPECTED_STATUSES + ")");
        }
        if (parsed.filter(s -> s == EmployeeStatus.ACTIVE).isPresent() && department.isEmpty()) {
            problems.add("missing department for an active employee");
        }
        return problems;
    }

    Employee toEmployee() {
        return new Employee(employeeId, email, firstName, lastName, department, parsedStatus().orElseThrow(), line);
    }
}
