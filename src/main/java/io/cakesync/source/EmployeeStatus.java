package io.cakesync.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Employment status as HR names it. {@code PRE_HIRE} is someone hired who has not started (Personio
 * "onboarding", HiBob "Hired", a BambooHR hire date still ahead): a valid record that belongs in no
 * group yet, kept out without being rejected.
 */
public enum EmployeeStatus {
    ACTIVE,
    INACTIVE,
    TERMINATED,
    LEAVE,
    PRE_HIRE;

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

    /** Lower case, {@code pre-hire} with a hyphen, as reasons and the audit show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
