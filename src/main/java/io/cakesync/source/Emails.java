package io.cakesync.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** One definition of "the same email" for HR rows and Cakewalk users. */
public final class Emails {
    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Emails() {}

    /** Trim, Unicode NFC, lower case. Null stays null. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        return Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized != null && PLAUSIBLE.matcher(normalized).matches();
    }
}
