package io.cakesync.source.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.cakesync.source.Echo;
import io.cakesync.source.SourceException;

/** Finds the configured columns in the header row: trimmed, case-insensitive, in any order. */
final class CsvHeader {
    private final Map<String, Integer> positions;
    private final Map<String, Integer> extra;

    private CsvHeader(Map<String, Integer> positions, Map<String, Integer> extra) {
        this.positions = positions;
        this.extra = extra;
    }

    static CsvHeader of(Path file, RawRecord header, ColumnNames columns) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = normalize(header.fields().get(i));
            if (positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> required = List.of(columns.employeeId(), columns.email(), columns.department(), columns.status());
        List<String> missing = required.stream()
                .filter(c -> !positions.containsKey(normalize(c)))
                .toList();
        String found = " (header on line " + header.line() + ": " + Echo.fields(header.fields()) + ")";
        if (!missing.isEmpty()) {
            throw new SourceException("HR export " + file + " has no column " + quoted(missing)
                    + "; required columns are " + quoted(required) + found);
        }
        List<String> ambiguous = Stream.of(
                        columns.employeeId(),
                        columns.email(),
                        columns.firstName(),
                        columns.lastName(),
                        columns.department(),
                        columns.status())
                .map(CsvHeader::normalize)
                .filter(repeated::contains)
                .toList();
        if (!ambiguous.isEmpty()) {
            throw new SourceException("HR export " + file + " has column " + quoted(ambiguous)
                    + " more than once, so it is unclear which to read" + found);
        }
        Set<String> core = Stream.of(
                        columns.employeeId(),
                        columns.email(),
                        columns.firstName(),
                        columns.lastName(),
                        columns.department(),
                        columns.status())
                .map(CsvHeader::normalize)
                .collect(Collectors.toSet());
        Map<String, Integer> extra = new LinkedHashMap<>();
        positions.forEach((name, position) -> {
            if (!core.contains(name) && !name.isEmpty()) {
                extra.put(name, position);
            }
        });
        return new CsvHeader(positions, extra);
    }

    /** Whether the export has this column (an attribute the rules use). */
    boolean has(String column) {
        return extra.containsKey(normalize(column));
    }

    /** Every column beyond the ones cakesync reads itself, by header name: the record's attributes. */
    Map<String, String> attributes(RawRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        extra.forEach((name, position) -> values.put(name, record.field(position)));
        return values;
    }

    /** The trimmed value of the column in this record; "" when the column or the field is absent. */
    String value(RawRecord record, String column) {
        Integer position = positions.get(normalize(column));
        return position == null ? "" : record.field(position);
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
