package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mapping file cannot be used; lists every problem found so the admin can fix them in one go. */
public class MappingException extends RuntimeException {
    private static final Pattern LINE = Pattern.compile("^line (\\d+)");

    private final transient Path file;
    private final List<String> problems;

    MappingException(Path file, List<String> problems) {
        super(message(file, byLine(problems)));
        this.file = file;
        this.problems = byLine(problems);
    }

    public Path file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(Path file, List<String> problems) {
        return "mapping file " + file + " has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
    }

    // Problems are found in several passes; in line order the admin can walk the file top to bottom.
    private static List<String> byLine(List<String> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(MappingException::lineOf))
                .toList();
    }

    private static int lineOf(String problem) {
        Matcher line = LINE.matcher(problem);
        return line.find() ? Integer.parseInt(line.group(1)) : 0;
    }
}
