package io.cakesync.source.csv;

import io.cakesync.source.SourceConfig;

/** The header names of the columns cakesync reads; first and last name are optional. */
record ColumnNames(
        String employeeId, String email, String firstName, String lastName, String department, String status) {

    static ColumnNames of(SourceConfig.Columns columns) {
        return new ColumnNames(
                columns.employeeId(),
                columns.email(),
                columns.firstName(),
                columns.lastName(),
                columns.department(),
                columns.status());
    }
}
