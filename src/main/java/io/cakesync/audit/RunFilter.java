package io.cakesync.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.cakesync.reconcile.vocabulary.RunStatus;

/** Which runs to list; null fields match everything. Dates are whole UTC days of the start, both inclusive. */
public record RunFilter(RunStatus status, LocalDate from, LocalDate to) {
    public static final RunFilter ALL = new RunFilter(null, null, null);

    String sql() {
        List<String> terms = new ArrayList<>();
        if (status != null) {
            terms.add("r.status = ?");
        }
        if (from != null) {
            terms.add("r.started_at >= ?");
        }
        if (to != null) {
            terms.add("r.started_at < ?");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    List<Object> params() {
        List<Object> params = new ArrayList<>();
        if (status != null) {
            params.add(status.name());
        }
        if (from != null) {
            params.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            params.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return params;
    }
}
