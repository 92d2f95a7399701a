package io.cakesync.cakewalk;

import java.util.Optional;

/**
 * The cursor in a {@code links.next} URL. The link may be absolute, relative or point at an internal
 * path (the docs show {@code /api/v1/OpenApiBFF/Users?cursor=..}), and the parameter is spelled
 * {@code cursor} or {@code page[cursor]}; only the cursor is trusted, re-sent verbatim to the
 * documented path.
 */
final class NextCursor {
    private NextCursor() {}

    /** Empty when there is no next page; {@link IllegalArgumentException} when a link has no cursor. */
    static Optional<String> from(String nextLink) {
        if (nextLink == null || nextLink.isBlank()) {
            return Optional.empty();
        }
        int query = nextLink.indexOf('?');
        if (query >= 0) {
            int fragment = nextLink.indexOf('#', query);
            String params = nextLink.substring(query + 1, fragment < 0 ? nextLink.length() : fragment);
            for (String pair : params.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && isCursorName(pair.substring(0, eq)) && eq < pair.length() - 1) {
                    return Optional.of(pair.substring(eq + 1));
                }
            }
        }
        throw new IllegalArgumentException("next link has no cursor: " + nextLink);
    }

    private static boolean isCursorName(String name) {
        return name.equals("cursor") || name.equals("page[cursor]") || name.equalsIgnoreCase("page%5Bcursor%5D");
    }
}
