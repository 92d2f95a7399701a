package io.cakesync.sandbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The API's ids are GUIDs, compared case-insensitively; the tenant keeps them in lower case. */
final class Uuids {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {}

    static Optional<String> canonical(String text) {
        return text != null && UUID.matcher(text).matches()
                ? Optional.of(text.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    static String require(String text, String what) {
        return canonical(text)
                .orElseThrow(() -> new IllegalArgumentException(what + " must be a UUID, got '" + text + "'"));
    }
}
