package io.cakesync.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one validation every kind of source goes through: required fields, email syntax, status, and
 * records sharing an employee id or an email. Records sharing one are all rejected: the source does
 * not say which one is right, and guessing could move the wrong person.
 */
final class RecordValidator {

    private RecordValidator() {}

    static HrRead validate(HrConnector.Fetched fetched, StatusMap statuses) {
        List<Checked> records =
                fetched.records().stream().map(r -> Checked.of(r, statuses)).toList();
        shared(
                records,
                Checked::employeeId,
                (id, others) ->
                        "duplicate employee id " + Echo.of(id) + " (also on " + String.join(", ", others) + ")");
        shared(
                records,
                c -> c.hasValidEmail() ? c.email() : "",
                (email, others) -> (others.size() == 1 ? "two" : String.valueOf(others.size() + 1))
                        + " employees share email " + Echo.of(email) + " (also on " + String.join(", ", others) + ")");

        List<Employee> employees = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Checked c : records) {
            if (c.problems().isEmpty()) {
                employees.add(c.toEmployee());
            } else {
                rejected.add(new RejectedRecord(
                        c.locator(),
                        Echo.of(blankToNull(c.employeeId())),
                        Echo.of(blankToNull(c.email())),
                        String.join("; ", c.problems())));
            }
        }
        return new HrRead(fetched.origin(), records.size(), employees, rejected);
    }

    private interface Reason {
        String of(String value, List<String> otherLocators);
    }

    private static void shared(List<Checked> records, Function<Checked, String> key, Reason reason) {
        Map<String, List<Checked>> byKey = new LinkedHashMap<>();
        records.stream()
                .filter(c -> !key.apply(c).isEmpty())
                .forEach(c -> byKey.computeIfAbsent(key.apply(c), k -> new ArrayList<>())
                        .add(c));
        byKey.forEach((value, sharing) -> {
            if (sharing.size() > 1) {
                sharing.forEach(c -> c.problems()
                        .add(reason.of(
                                value,
                                sharing.stream()
                                        .filter(other -> other != c)
                                        .map(Checked::locator)
                                        .toList())));
            }
        });
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A record with trimmed values and what is wrong with it on its own; {@code email} is normalized. */
    private record Checked(
            String locator,
            String employeeId,
            String rawEmail,
            String email,
            String firstName,
            String lastName,
            String department,
            String status,
            Optional<EmployeeStatus> parsed,
            Map<String, String> attributes,
            List<String> problems) {

        static Checked of(SourceRecord r, StatusMap statuses) {
            String rawEmail = trim(r.email());
            String status = trim(r.status());
            Checked c = new Checked(
                    r.locator(),
                    trim(r.employeeId()),
                    rawEmail,
                    rawEmail.isEmpty() ? "" : Emails.normalize(rawEmail),
                    trim(r.firstName()),
                    trim(r.lastName()),
                    trim(r.department()),
                    status,
                    statuses.parse(status),
                    Attributes.clean(r.attributes()),
                    new ArrayList<>());
            c.check(statuses);
            return c;
        }

        boolean hasValidEmail() {
            return Emails.isValid(email);
        }

        private void check(StatusMap statuses) {
            if (employeeId.isEmpty()) {
                problems.add("missing employee id");
            }
            if (email.isEmpty()) {
                problems.add("missing email");
            } else if (!hasValidEmail()) {
                problems.add("invalid email '" + Echo.of(rawEmail) + "'");
            }
            if (status.isEmpty()) {
                problems.add("missing status (" + statuses.expected() + ")");
            } else if (parsed.isEmpty()) {
                problems.add("unknown status '" + Echo.of(status) + "' (" + statuses.expected() + ")");
            }
            if (parsed.filter(s -> s == EmployeeStatus.ACTIVE).isPresent() && department.isEmpty()) {
                problems.add("missing department for an active employee");
            }
        }

        Employee toEmployee() {
            return new Employee(
                    employeeId, email, firstName, lastName, department, parsed.orElseThrow(), locator, attributes);
        }

        private static String trim(String value) {
            return value == null ? "" : value.strip();
        }
    }
}
