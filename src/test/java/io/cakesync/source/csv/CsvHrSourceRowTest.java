package io.cakesync.source.csv;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.RejectedRecord;

import static io.cakesync.source.csv.HrExports.HEADER;
import static io.cakesync.source.csv.HrExports.read;
import static io.cakesync.source.csv.HrExports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvHrSourceRowTest {
    private static final String EXPECTED = "(expected active, inactive, terminated, leave)";

    @TempDir
    Path dir;

    private HrRead readRows(String rows) {
        return read(write(dir, HEADER + rows));
    }

    @Test
    void quotesHostileFieldsBoundedAndEscapedInTheReason() {
        String status = "\u001b[31m" + "x".repeat(5_000);
        HrRead read = readRows("E1,amy@acme.example,A,A,Sales,\"" + status + "\"\n");

        assertThat(read.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason())
                    .startsWith("unknown status '\\u001b[31mxxx")
                    .contains(" more characters)' ")
                    .hasSizeLessThan(300)
                    .doesNotContain("\u001b");
        });
    }

    @Test
    void rejectsARowWithoutEmployeeId() {
        HrRead read = readRows("E1,a@example.com,A,A,Sales,active\n  ,b@example.com,B,B,Sales,active\n");

        assertThat(read.rejected())
                .containsExactly(new RejectedRecord("line 3", null, "b@example.com", "missing employee id"));
        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("E1");
        assertThat(read.recordsRead()).isEqualTo(2);
    }

    @Test
    void rejectsARowWithoutEmail() {
        HrRead read = readRows("E1, ,A,A,Sales,active\n");

        assertThat(read.rejected()).containsExactly(new RejectedRecord("line 2", "E1", null, "missing email"));
        assertThat(read.employees()).isEmpty();
    }

    @Test
    void rejectsAnInvalidEmailQuotingIt() {
        HrRead read = readRows("E1,john.doe(at)example.com,A,A,Sales,active\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::locator, RejectedRecord::reason)
                .containsExactly(tuple("line 2", "invalid email 'john.doe(at)example.com'"));
    }

    @Test
    void rejectsAnUnknownStatusListingTheKnownOnes() {
        HrRead read = readRows("E1,a@example.com,A,A,Sales,retired\nE2,b@example.com,B,B,Sales, LEAVE \n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::locator, RejectedRecord::reason)
                .containsExactly(tuple("line 2", "unknown status 'retired' " + EXPECTED));
        assertThat(read.employees()).extracting(Employee::status).containsExactly(EmployeeStatus.LEAVE);
    }

    @Test
    void rejectsAnActiveEmployeeWithoutDepartmentButKeepsOthersWithout() {
        HrRead read = readRows("E1,a@example.com,A,A, ,active\nE2,b@example.com,B,B,,inactive\n"
                + "E3,c@example.com,C,C,,terminated\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::locator, RejectedRecord::reason)
                .containsExactly(tuple("line 2", "missing department for an active employee"));
        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("E2", "E3");
    }

    @Test
    void givesEveryReasonOfARowTogether() {
        HrRead read = readRows(",,A,A,Sales,\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly("missing employee id; missing email; missing status " + EXPECTED);
    }

    @Test
    void rejectsDuplicateEmployeeIdsOnEveryLine() {
        HrRead read = readRows("E1,a@example.com,A,A,Sales,active\n"
                + "E2,b@example.com,B,B,Sales,active\n"
                + "E1,c@example.com,C,C,Finance,active\n"
                + "E1,d@example.com,D,D,Finance,active\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::locator, RejectedRecord::employeeId, RejectedRecord::reason)
                .containsExactly(
                        tuple("line 2", "E1", "duplicate employee id E1 (also on line 4, line 5)"),
                        tuple("line 4", "E1", "duplicate employee id E1 (also on line 2, line 5)"),
                        tuple("line 5", "E1", "duplicate employee id E1 (also on line 2, line 4)"));
        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("E2");
    }

    @Test
    void rejectsEveryRowSharingAnEmailAfterNormalizing() {
        HrRead read = readRows("E1,Ann@Example.com,A,A,Sales,active\n"
                + "E2, ann@example.COM ,B,B,Sales,inactive\n"
                + "E3,c@example.com,C,C,Sales,active\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::locator, RejectedRecord::email, RejectedRecord::reason)
                .containsExactly(
                        tuple(
                                "line 2",
                                "ann@example.com",
                                "two employees share email ann@example.com (also on line 3)"),
                        tuple(
                                "line 3",
                                "ann@example.com",
                                "two employees share email ann@example.com (also on line 2)"));
        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("E3");
    }

    @Test
    void countsEveryEmployeeSharingAnEmail() {
        HrRead read = readRows("E1,x@example.com,A,A,Sales,active\nE2,x@example.com,B,B,Sales,active\n"
                + "E3,x@example.com,C,C,Sales,active\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::reason)
                .first()
                .isEqualTo("3 employees share email x@example.com (also on line 3, line 4)");
    }

    @Test
    void reportsThePhysicalStartLineAfterBlankLinesAndMultiLineFields() {
        HrRead read = readRows("\nE1,a@example.com,\"A\nwith\nbreaks\",A,Sales,active\n\n\r\n"
                + "E2,b@example.com,B,B,Sales,unknown\n");

        assertThat(read.employees()).extracting(Employee::locator).containsExactly("line 3");
        assertThat(read.rejected()).extracting(RejectedRecord::locator).containsExactly("line 8");
    }

    @Test
    void combinesADuplicateWithTheRowsOwnProblem() {
        HrRead read = readRows("E1,a@example.com,A,A,,active\nE1,b@example.com,B,B,Sales,active\n");

        assertThat(read.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly(
                        "missing department for an active employee; duplicate employee id E1 (also on line 3)",
                        "duplicate employee id E1 (also on line 2)");
    }
}
