package io.cakesync.ops;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names a PromQL expression reads: what is left once functions, labels and ranges are gone. */
final class PromQl {
    private static final Set<String> LANGUAGE = Set.of(
            "sum",
            "max",
            "min",
            "avg",
            "count",
            "rate",
            "irate",
            "increase",
            "delta",
            "absent",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "histogram_quantile",
            "max_over_time",
            "min_over_time",
            "avg_over_time",
            "clamp_min",
            "clamp_max",
            "time",
            "vector",
            "scalar",
            "topk",
            "bottomk",
            "changes",
            "resets");
    private static final Pattern NOISE = Pattern.compile(
            "\"[^\"]*\"|\\{[^}]*}|\\[[^]]*]" + "|\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQl() {}

    static Set<String> metrics(String expression) {
        String bare = NOISE.matcher(expression).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(bare);
        while (m.find()) {
            if (!LANGUAGE.contains(m.group()) && !Character.isDigit(bare.charAt(Math.max(0, m.start() - 1)))) {
                names.add(m.group());
            }
        }
        return names;
    }
}
