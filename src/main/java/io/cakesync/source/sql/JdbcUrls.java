package io.cakesync.source.sql;

/** A JDBC URL as messages may show it: without its parameters, which can carry a password. */
final class JdbcUrls {

    private JdbcUrls() {}

    static String safe(String url) {
        String bare = url.strip();
        int parameters = indexOfAny(bare, '?', ';');
        String withoutParameters = parameters < 0 ? bare : bare.substring(0, parameters);
        int at = withoutParameters.lastIndexOf('@');
        int authority = withoutParameters.indexOf("//");
        if (at > 0 && authority >= 0 && at > authority) {
            return withoutParameters.substring(0, authority + 2) + withoutParameters.substring(at + 1);
        }
        return withoutParameters;
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
