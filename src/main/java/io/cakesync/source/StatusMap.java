package io.cakesync.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How one kind of source names employment statuses, matched trimmed and case-insensitively. */
public record StatusMap(Map<String, EmployeeStatus> byValue) {

    public StatusMap {
        Map<String, EmployeeStatus> keyed = new LinkedHashMap<>();
        byValue.forEach((value, status) -> keyed.put(key(value), status));
        byValue = Collections.unmodifiableMap(keyed);
    }

    /** The statuses as cakesync names them: active, inactive, terminated, leave. */
    public static StatusMap ownNames() {
        Map<String, EmployeeStatus> names = new LinkedHashMap<>();
        for (EmployeeStatus s : EmployeeStatus.values()) {
            names.put(s.label(), s);
        }
        return new StatusMap(names);
    }

    Optional<EmployeeStatus> parse(String raw) {
        return raw == null ? Optional.empty() : Optional.ofNullable(byValue.get(key(raw)));
    }

    String expected() {
        return "expected " + String.join(", ", byValue.keySet());
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
