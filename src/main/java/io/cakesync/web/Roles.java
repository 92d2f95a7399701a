package io.cakesync.web;

import java.util.Set;

/** The two roles: viewers read the audit; operators also trigger runs and decide on held plans. */
final class Roles {
    static final String VIEWER = "viewer";
    static final String OPERATOR = "operator";

    private Roles() {}

    /** An operator can do everything a viewer can. */
    static Set<String> granted(String role) {
        return switch (role) {
            case VIEWER -> Set.of(VIEWER);
            case OPERATOR -> Set.of(VIEWER, OPERATOR);
            default -> throw new IllegalArgumentException("unknown role '" + role + "' (use viewer or operator)");
        };
    }
}
