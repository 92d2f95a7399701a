package io.cakesync.source.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.StatusMap;

/** The admin's vocabulary for the status column ({@code sync.source.sql.statuses.*}); cakesync's names by default. */
final class SqlStatuses {

    private SqlStatuses() {}

    static StatusMap of(SourceConfig.Statuses statuses) {
        Map<String, EmployeeStatus> byValue = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        add(byValue, keyOf, "active", statuses.active(), EmployeeStatus.ACTIVE);
        add(byValue, keyOf, "leave", statuses.leave(), EmployeeStatus.LEAVE);
        add(byValue, keyOf, "inactive", statuses.inactive(), EmployeeStatus.INACTIVE);
        add(byValue, keyOf, "terminated", statuses.terminated(), EmployeeStatus.TERMINATED);
        add(byValue, keyOf, "pre-hire", statuses.preHire(), EmployeeStatus.PRE_HIRE);
        if (!byValue.containsValue(EmployeeStatus.ACTIVE)) {
            throw new SourceException(
                    "sync.source.sql.statuses.active lists no value, so nobody would belong anywhere");
        }
        return new StatusMap(byValue);
    }

    private static void add(
            Map<String, EmployeeStatus> byValue,
            Map<String, String> keyOf,
            String key,
            List<String> values,
            EmployeeStatus status) {
        for (String raw : values) {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            String other = keyOf.putIfAbsent(value, key);
            if (other != null) {
                throw new SourceException("sync.source.sql.statuses: '" + raw.strip() + "' is listed under both "
                        + other + " and " + key + "; a status value can mean only one status");
            }
            byValue.put(value, status);
        }
    }
}
