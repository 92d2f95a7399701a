package io.cakesync.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How much of a group's membership cakesync may take away. */
public enum GroupMode {
    /** Members are exactly what HR says (protected members aside). */
    AUTHORITATIVE,
    /** cakesync removes only members it added itself, or that an admin adopted. */
    MANAGED_ONLY,
    /** cakesync only adds; it never removes anyone. */
    ADDITIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<GroupMode> parse(String raw) {
        return Arrays.stream(values())
                .filter(m -> m.label().equalsIgnoreCase(raw.trim()))
                .findFirst();
    }

    static String labels() {
        return Arrays.stream(values()).map(GroupMode::label).collect(Collectors.joining(", "));
    }
}
