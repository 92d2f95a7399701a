package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.SourceException;

/**
 * Every employee, page by page with {@code limit}/{@code offset} to Personio's own end marker. Offset
 * paging shifts when someone is added or removed during the read, so a total that changes between
 * pages, or a person on two pages, makes the whole read start again once; a count that does not match
 * the total fails the read.
 */
final class PersonioRead {
    private final PersonioCalls calls;
    private final int pageSize;

    PersonioRead(PersonioCalls calls, int pageSize) {
        this.calls = calls;
        this.pageSize = pageSize;
    }

    /** Raised when Personio's list moved under the read. */
    private static final class Drift extends RuntimeException {
        Drift(String message) {
            super(message, null, false, false);
        }
    }

    List<JsonNode> employees() {
        try {
            return once();
        } catch (Drift first) {
            try {
                return once();
            } catch (Drift again) {
                throw new SourceException("Personio's employee list changed during two reads in a row (first "
                        + first.getMessage() + ", then " + again.getMessage() + "), so neither read is complete;"
                        + " the next run tries again");
            }
        }
    }

    private List<JsonNode> once() {
        List<JsonNode> employees = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Integer total = null;
        int offset = 0;
        for (int page = 0;; page++) {
            EmployeesPage answer = EmployeesPage.of(calls.employees(pageSize, offset), offset);
            checkShape(answer, page, offset);
            if (total == null) {
                total = answer.total();
            } else if (answer.total() != total) {
                throw new Drift("the total went from " + total + " to " + answer.total() + " at offset " + offset);
            }
            for (JsonNode employee : answer.items()) {
                String id = PersonioFields.id(employee);
                if (id != null && !ids.add(id)) {
                    throw new Drift("person " + id + " appeared on two pages");
                }
                employees.add(employee);
            }
            if (answer.last()) {
                break;
            }
            if (employees.size() > total) {
                throw new SourceException("Personio kept paging past its total of " + total + " employees");
            }
            offset += pageSize;
        }
        if (employees.size() != total) {
            throw new SourceException("Personio reported a total of " + total + " employees, but its pages up to the"
                    + " last held " + employees.size() + "; the read is incomplete, so nothing is planned");
        }
        return employees;
    }

    private void checkShape(EmployeesPage answer, int page, int offset) {
        if (answer.limit() != null && answer.limit() != pageSize) {
            throw new SourceException("Personio answered pages of " + answer.limit() + " employees when asked for "
                    + pageSize + " (sync.source.personio.page-size; Personio allows 1 to 100)");
        }
        if (answer.currentPage() != page) {
            throw new SourceException("Personio answered offset " + offset + " with page " + answer.currentPage()
                    + " instead of page " + page + ", so its pages cannot be trusted to cover everyone");
        }
    }
}
