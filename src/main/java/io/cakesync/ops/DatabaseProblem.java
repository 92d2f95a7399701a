package io.cakesync.ops;

import java.util.regex.Pattern;

/** One line for a database that cannot be reached: the URL (with any password in it masked) and the cause. */
final class DatabaseProblem {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

    private DatabaseProblem() {}

    static String cannotConnect(String url, Throwable e) {
        return "cannot connect to the database at " + masked(url) + ": " + rootMessage(e);
    }

    static String masked(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
