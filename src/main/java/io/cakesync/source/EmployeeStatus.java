package io.cakesync.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Employment status as exported by HR. {@code PRE_HIRE} is someone hired who has not started
 * (Personio's "onboarding"): a valid record that belongs in no group yet.
 */
public enum EmployeeStatus {
    ACTIVE, INACTIVE, TERMINATED, LEAVE, PRE_HIRE;

    /** Parses a {@link #label()} case-insensitively; empty when the value is none of them. */
    public static Optional<EmployeeStatus> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String key = raw.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().equals(key)).findFirst();
    }

    /** Lower case, {@code pre-hire} with a hyphen, as reasons and the audit show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
