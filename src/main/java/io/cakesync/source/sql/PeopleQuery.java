package io.cakesync.source.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import io.cakesync.source.PersonRef;

/**
 * The admin's query narrowed to the people an event names, so a targeted run reads their rows and not
 * the whole table. It keeps every row that shares an employee id or an email with a named person, as a
 * full read would see them, so the shared validation rejects the same duplicates. The ids and emails
 * are bound as parameters; the admin's query is the only SQL text.
 */
record PeopleQuery(String sql, List<String> parameters) {
    private static final String ID = "trim(CAST(%s AS VARCHAR(4000)))";
    private static final String EMAIL = "lower(trim(%s))";

    static PeopleQuery of(String query, Collection<PersonRef> people) {
        List<String> ids = List.copyOf(PersonRef.employeeIds(people));
        List<String> emails = List.copyOf(PersonRef.emails(people));
        String id = String.format(ID, SqlColumns.EMPLOYEE_ID);
        String email = String.format(EMAIL, SqlColumns.EMAIL);
        String sql = "WITH hr AS (" + query.replaceAll(";\\s*$", "") + "),\n"
                + "named AS (SELECT " + id + " AS id, " + email + " AS email FROM hr WHERE "
                + in(id, ids.size()) + " OR " + in(email, emails.size()) + ")\n"
                + "SELECT hr.* FROM hr WHERE " + String.format(ID, "hr." + SqlColumns.EMPLOYEE_ID)
                + " IN (SELECT id FROM named) OR " + String.format(EMAIL, "hr." + SqlColumns.EMAIL)
                + " IN (SELECT email FROM named)";
        List<String> parameters = new ArrayList<>(ids);
        parameters.addAll(emails);
        return new PeopleQuery(sql, parameters);
    }

    private static String in(String column, int values) {
        return values == 0 ? "1 = 0" : column + " IN (" + String.join(", ", Collections.nCopies(values, "?")) + ")";
    }
}
