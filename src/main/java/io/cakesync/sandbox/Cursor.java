package io.cakesync.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque page cursor, encoded like the real API's sample: base64 of
 * {@code pageNumber=N&pageSize=S}, with page 0 being the page requested without a cursor.
 */
record Cursor(int pageNumber, int pageSize) {

    static final int MAX_PAGE_SIZE = 1000;
    private static final Pattern FORMAT = Pattern.compile("pageNumber=(\\d{1,9})&pageSize=(\\d{1,4})");

    static Cursor parse(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher m = FORMAT.matcher(decoded);
        if (!m.matches()) {
            throw invalid();
        }
        int size = Integer.parseInt(m.group(2));
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw invalid();
        }
        return new Cursor(Integer.parseInt(m.group(1)), size);
    }

    String encode() {
        String plain = "pageNumber=" + pageNumber + "&pageSize=" + pageSize;
        return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    Cursor next() {
        return new Cursor(pageNumber + 1, pageSize);
    }

    private static ApiException invalid() {
        return ApiException.badRequest("the cursor is invalid or expired; restart from the first page");
    }
}
