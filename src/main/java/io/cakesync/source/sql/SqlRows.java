package io.cakesync.source.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cakesync.source.SourceException;
import io.cakesync.source.SourceRecord;

/** Turns the result into records, each located by its row number and employee id. */
final class SqlRows {

    private SqlRows() {}

    /** Every row of a full read; an empty result is an error. */
    static List<SourceRecord> read(ResultSet rows, Set<String> attributes) throws SQLException {
        List<SourceRecord> records = some(rows, attributes);
        // An empty result proves nothing about who works here; reading it as "nobody" would empty every group.
        if (records.isEmpty()) {
            throw new SourceException("the query (sync.source.sql.query) returned no rows");
        }
        return records;
    }

    /** The rows of a read narrowed to some people, who may all be unknown to the source. */
    static List<SourceRecord> some(ResultSet rows, Set<String> attributes) throws SQLException {
        SqlColumns columns = SqlColumns.of(rows.getMetaData(), attributes);
        List<SourceRecord> records = new ArrayList<>();
        int row = 0;
        while (rows.next()) {
            row++;
            String id = columns.value(rows, SqlColumns.EMPLOYEE_ID);
            records.add(new SourceRecord(
                    locator(row, id),
                    id,
                    columns.value(rows, SqlColumns.EMAIL),
                    columns.value(rows, SqlColumns.FIRST_NAME),
                    columns.value(rows, SqlColumns.LAST_NAME),
                    columns.value(rows, SqlColumns.STATUS),
                    columns.value(rows, SqlColumns.DEPARTMENT),
                    columns.attributes(rows)));
        }
        return records;
    }

    private static String locator(int row, String employeeId) {
        return employeeId == null || employeeId.isBlank()
                ? "SQL row " + row
                : "SQL row " + row + " (employee_id " + employeeId.strip() + ")";
    }
}
