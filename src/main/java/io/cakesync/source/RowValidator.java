package io.cakesync.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps the valid rows and explains the others. Rows sharing an employee id or an email are all
 * rejected: the export does not say which one is right, and guessing could move the wrong person.
 */
final class RowValidator {

    private RowValidator() {
    }

    static HrRead validate(String origin, List<HrRow> rows) {
        Map<HrRow, List<String>> problems = new LinkedHashMap<>();
        rows.forEach(row -> problems.put(row, new ArrayList<>(row.problems())));
        shared(rows, HrRow::employeeId,
                (id, others) -> "duplicate employee id " + Echo.of(id) + " (also on " + lines(others) + ")", problems);
        shared(rows, row -> row.hasValidEmail() ? row.email() : "",
                (email, others) -> (others.size() == 1 ? "two" : String.valueOf(others.size() + 1))
                        + " employees share email " + Echo.of(email) + " (also on " + lines(others) + ")", problems);

        List<Employee> employees = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        problems.forEach((row, reasons) -> {
            if (reasons.isEmpty()) {
                employees.add(row.toEmployee());
            } else {
                rejected.add(new RejectedRow(row.line(), Echo.of(blankToNull(row.employeeId())), Echo.of(blankToNull(row.email())),
                        String.join("; ", reasons)));
            }
        });
        return new HrRead(origin, rows.size(), employees, rejected);
    }

    private interface Reason {
        String of(String value, List<Integer> otherLines);
    }

    private static void shared(List<HrRow> rows, Function<HrRow, String> key, Reason reason,
            Map<HrRow, List<String>> problems) {
        Map<String, List<HrRow>> byKey = new LinkedHashMap<>();
        rows.stream().filter(row -> !key.apply(row).isEmpty())
                .forEach(row -> byKey.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        byKey.forEach((value, sharing) -> {
            if (sharing.size() > 1) {
                sharing.forEach(row -> problems.get(row).add(reason.of(value, otherLines(sharing, row))));
            }
        });
    }

    private static List<Integer> otherLines(List<HrRow> sharing, HrRow row) {
        return sharing.stream().filter(r -> r != row).map(HrRow::line).toList();
    }

    private static String lines(List<Integer> lines) {
        String joined = String.join(", ", lines.stream().map(String::valueOf).toList());
        return (lines.size() == 1 ? "line " : "lines ") + joined;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
