package io.cakesync.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * Which audited changes to find; null fields match everything. {@code person} is an email (any case)
 * or an employee id, {@code group} a group's id or name (any case); dates are whole UTC days, both
 * inclusive, of when the change was planned.
 */
public record ChangeFilter(String person, String group, Outcome outcome, Long runId, LocalDate from, LocalDate to) {

    public static ChangeFilter person(String person) {
        return new ChangeFilter(person, null, null, null, null, null);
    }

    /** The SQL condition on {@code sync_change c} and its parameters, in order. */
    record Where(String sql, List<Object> params) {}

    Where where() {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (present(person)) {
            terms.add("(lower(c.email) = lower(?) OR c.employee_id = ?)");
            params.add(person.trim());
            params.add(person.trim());
        }
        if (present(group)) {
            terms.add("(c.group_id = ? OR lower(c.group_name) = lower(?))");
            params.add(group.trim());
            params.add(group.trim());
        }
        if (outcome != null) {
            terms.add("c.outcome = ?");
            params.add(outcome.name());
        }
        if (runId != null) {
            terms.add("c.run_id = ?");
            params.add(runId);
        }
        if (from != null) {
            terms.add("c.planned_at >= ?");
            params.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            terms.add("c.planned_at < ?");
            params.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new Where(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), params);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
