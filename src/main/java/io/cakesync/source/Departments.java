package io.cakesync.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** One definition of "the same department" for the mapping file and the planner. */
public final class Departments {
    // \p{Z} adds the no-break spaces that spreadsheets put into exported text.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Departments() {}

    /** Unicode NFC, trimmed, inner whitespace collapsed to one space, lower case. Null becomes "". */
    public static String key(String department) {
        if (department == null) {
            return "";
        }
        String nfc = Normalizer.normalize(department, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
