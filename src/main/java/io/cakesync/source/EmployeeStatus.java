package io.cakesync.source;

import java.util.Locale;
import java.util.Optional;

/** Employment status as exported by HR. */
public enum EmployeeStatus {
    ACTIVE, INACTIVE, TERMINATED, LEAVE;

    /** Parses the HR value case-insensitively; empty when the value is not one of the four. */
    public static Optional<EmployeeStatus> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(raw.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
