package io.cakesync.source;

import java.util.List;

/**
 * HR input quoted back in an error or a rejection reason: control characters escaped, so a file
 * cannot write into a log line or a terminal, and bounded, so a 150 KB field stays a short message.
 * The shared validator and every connector quote what they read through it.
 */
public final class Echo {
    static final int MAX_CHARS = 80;
    static final int MAX_FIELDS = 20;

    private Echo() {}

    public static String of(String input) {
        return of(input, MAX_CHARS);
    }

    public static String of(String input, int maxChars) {
        if (input == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < input.length() && out.length() < maxChars) {
            int c = input.codePointAt(i);
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        if (i < input.length()) {
            out.append("… (").append(input.length() - i).append(" more characters)");
        }
        return out.toString();
    }

    /** Fields joined for a message, each as {@link #of}, at most {@link #MAX_FIELDS} of them. */
    public static String fields(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(fields.size(), MAX_FIELDS); i++) {
            out.append(i == 0 ? "" : ", ").append(of(fields.get(i)));
        }
        if (fields.size() > MAX_FIELDS) {
            out.append(", … (").append(fields.size() - MAX_FIELDS).append(" more fields)");
        }
        return out.toString();
    }
}
