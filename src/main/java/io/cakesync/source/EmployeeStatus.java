package io.cakesync.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Employment status as exported by HR. {@code PRE_HIRE} (signed, not started yet) is kept out of every
 * group without being rejected; API sources name it in their own words (HiBob "Hired").
 */
public enum EmployeeStatus {
    ACTIVE, INACTIVE, TERMINATED, LEAVE, PRE_HIRE;

    /** Parses the HR value ({@link #label()} or the constant name) case-insensitively; empty when unknown. */
    public static Optional<EmployeeStatus> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(raw.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
