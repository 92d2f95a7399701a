package io.cakesync.source.sql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.source.Attributes;
import io.cakesync.source.SourceException;

/**
 * The query's columns by label, case-insensitive: the documented ones, and every other column as an
 * attribute under its label. A required column or one the rules use that the query does not return
 * is an error naming it, before any row is read.
 */
final class SqlColumns {
    static final String EMPLOYEE_ID = "employee_id";
    static final String EMAIL = "email";
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String STATUS = "status";
    static final String DEPARTMENT = "department";
    private static final List<String> REQUIRED = List.of(EMPLOYEE_ID, EMAIL, STATUS, DEPARTMENT);
    private static final Set<String> CORE = Set.of(EMPLOYEE_ID, EMAIL, FIRST_NAME, LAST_NAME, STATUS, DEPARTMENT);

    private final Map<String, Integer> positions;
    private final Map<String, Integer> attributes;

    private SqlColumns(Map<String, Integer> positions, Map<String, Integer> attributes) {
        this.positions = positions;
        this.attributes = attributes;
    }

    static SqlColumns of(ResultSetMetaData metadata, Set<String> used) throws SQLException {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            String label = Attributes.name(metadata.getColumnLabel(i));
            if (positions.putIfAbsent(label, i) != null) {
                repeated.add(label);
            }
        }
        String returns = " (it returns " + String.join(", ", positions.keySet()) + ")";
        List<String> missing =
                REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new SourceException("the query (sync.source.sql.query) returns no column " + quoted(missing)
                    + "; it must return " + quoted(REQUIRED) + ", optionally first_name, last_name and attributes"
                    + returns);
        }
        if (!repeated.isEmpty()) {
            throw new SourceException("the query (sync.source.sql.query) returns column " + quoted(repeated)
                    + " more than once, so it is unclear which to read" + returns);
        }
        List<String> absent = used.stream()
                .map(Attributes::name)
                .filter(a -> !positions.containsKey(a))
                .sorted()
                .toList();
        if (!absent.isEmpty()) {
            throw new SourceException("the query (sync.source.sql.query) returns no column " + quoted(absent)
                    + ", which the mapping file's rules use (sync.mapping-file); select it, or change the rule"
                    + returns);
        }
        Map<String, Integer> attributes = new LinkedHashMap<>();
        positions.forEach((label, position) -> {
            if (!CORE.contains(label)) {
                attributes.put(label, position);
            }
        });
        return new SqlColumns(positions, attributes);
    }

    /** The value of a documented column as text; null when the query has no such column or the value is NULL. */
    String value(ResultSet row, String column) throws SQLException {
        Integer position = positions.get(column);
        return position == null ? null : row.getString(position);
    }

    Map<String, String> attributes(ResultSet row) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> column : attributes.entrySet()) {
            values.put(column.getKey(), row.getString(column.getValue()));
        }
        return values;
    }

    String describe() {
        return String.join(", ", positions.keySet());
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
