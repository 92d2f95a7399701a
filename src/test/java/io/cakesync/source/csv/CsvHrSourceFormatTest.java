package io.cakesync.source.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

class CsvHrSourceFormatTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFieldOfAValidRow() {
        HrRead read =
                read(write(dir, HEADER + " E1 , Ada.Lovelace@Example.COM , Ada , Lovelace , Sales EMEA , Active \n"));

        assertThat(read.employees())
                .containsExactly(new Employee(
                        "E1",
                        "ada.lovelace@example.com",
                        "Ada",
                        "Lovelace",
                        "Sales EMEA",
                        EmployeeStatus.ACTIVE,
                        "line 2",
                        Map.of()));
        assertThat(read.rejected()).isEmpty();
        assertThat(read.recordsRead()).isEqualTo(1);
        assertThat(read.origin()).isEqualTo(dir.resolve("hr-export.csv").toString());
    }

    @Test
    void skipsAUtf8ByteOrderMarkBeforeTheHeader() {
        HrRead read = read(write(dir, "\uFEFF" + HEADER + "E1,a@example.com,A,B,Sales,active\n"));

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("E1");
    }

    @Test
    void readsWindowsLineEndings() {
        HrRead read = read(write(
                dir,
                HEADER.replace("\n", "\r\n")
                        + "E1,a@example.com,A,B,Sales,active\r\nE2,b@example.com,C,D,Finance,leave\r\n"));

        assertThat(read.employees())
                .extracting(Employee::department, Employee::locator)
                .containsExactly(tuple("Sales", "line 2"), tuple("Finance", "line 3"));
    }

    @Test
    void keepsDelimitersQuotesAndLineBreaksInsideQuotedFields() {
        HrRead read = read(write(
                dir,
                HEADER
                        + "E1,a@example.com,\"Ann \"\"Nan\"\"\",\"Smith\nJones\",\"Sales, Marketing & Events\",active\n"
                        + "E2,b@example.com,B,B,Finance,active\n"));

        assertThat(read.employees()).first().satisfies(e -> {
            assertThat(e.firstName()).isEqualTo("Ann \"Nan\"");
            assertThat(e.lastName()).isEqualTo("Smith\nJones");
            assertThat(e.department()).isEqualTo("Sales, Marketing & Events");
        });
        assertThat(read.employees()).extracting(Employee::locator).containsExactly("line 2", "line 4");
    }

    @Test
    void normalizesPaddedAndMixedCaseEmails() {
        HrRead read = read(write(dir, HEADER + "E1,\"  John.DOE@Example.Com \",J,D,Sales,active\n"));

        assertThat(read.employees()).extracting(Employee::email).containsExactly("john.doe@example.com");
    }

    @Test
    void skipsBlankLinesAndRowsOfBareDelimitersAndKeepsPhysicalLineNumbers() {
        HrRead read = read(write(
                dir,
                "\n" + HEADER + "\n\nE1,a@example.com,A,B,Sales,active\n,,,,,\n   \n"
                        + "E2,b@example.com,C,D,Sales,active\n\n"));

        assertThat(read.employees()).extracting(Employee::locator).containsExactly("line 5", "line 8");
        assertThat(read.recordsRead()).isEqualTo(2);
    }

    @Test
    void readsASemicolonDelimitedExport() {
        Path file = write(dir, HEADER.replace(',', ';') + "E1;a@example.com;A;B;Sales, Marketing;active\n");

        HrRead read = new CsvHrSource(Optional.of(file), ";", "UTF-8", HrExports.DEFAULT_COLUMNS).read(Set.of());

        assertThat(read.employees()).extracting(Employee::department).containsExactly("Sales, Marketing");
    }

    @Test
    void readsATabDelimitedExportConfiguredAsBackslashT() {
        Path file = write(dir, HEADER.replace(',', '\t') + "E1\ta@example.com\tA\tB\tSales, Marketing\tactive\n");

        HrRead read = new CsvHrSource(Optional.of(file), "\\t", "UTF-8", HrExports.DEFAULT_COLUMNS).read(Set.of());

        assertThat(read.employees()).extracting(Employee::department).containsExactly("Sales, Marketing");
    }

    @Test
    void readsAnIso88591ExportWithUmlautsWhenConfigured() {
        Path file = write(
                dir,
                HEADER + "E1,j.mueller@example.com,Jürgen,Müller,Vertrieb Süd,active\n",
                StandardCharsets.ISO_8859_1);

        HrRead read = new CsvHrSource(Optional.of(file), ",", "ISO-8859-1", HrExports.DEFAULT_COLUMNS).read(Set.of());

        assertThat(read.employees())
                .extracting(Employee::lastName, Employee::department)
                .containsExactly(tuple("Müller", "Vertrieb Süd"));
    }

    @Test
    void keepsUtf8UmlautDepartmentNamesAsWritten() {
        HrRead read = read(write(dir, HEADER + "E1,a@example.com,A,B,  Forschung & Entwicklung (Zürich) ,active\n"));

        assertThat(read.employees())
                .extracting(Employee::department)
                .containsExactly("Forschung & Entwicklung (Zürich)");
    }

    @Test
    void findsCustomColumnNamesCaseInsensitivelyInAnyOrderAndKeepsExtraColumnsAsAttributes() {
        Path file = write(
                dir,
                " Status ,Cost Center,ABTEILUNG,Mail, Personalnummer \n" + "active,4711,Vertrieb,a@example.com,P-1\n");
        ColumnNames german = new ColumnNames("personalnummer", "mail", "vorname", "nachname", "Abteilung", "status");

        HrRead read = new CsvHrSource(Optional.of(file), ",", "UTF-8", german).read(Set.of());

        assertThat(read.employees())
                .containsExactly(new Employee(
                        "P-1",
                        "a@example.com",
                        "",
                        "",
                        "Vertrieb",
                        EmployeeStatus.ACTIVE,
                        "line 2",
                        Map.of("cost center", "4711")));
    }

    @Test
    void readsDefaultColumnsInAnotherOrderWithPaddedMixedCaseHeaders() {
        HrRead read = read(write(
                dir,
                " STATUS , Department,Email ,Employee_ID,Last_Name,First_Name,Location\n"
                        + "terminated,,x@example.com,E9,Y,X,Berlin\n"));

        assertThat(read.employees())
                .containsExactly(new Employee(
                        "E9",
                        "x@example.com",
                        "X",
                        "Y",
                        "",
                        EmployeeStatus.TERMINATED,
                        "line 2",
                        Map.of("location", "Berlin")));
    }

    @Test
    void treatsMissingTrailingFieldsAsEmpty() {
        HrRead read = read(write(dir, HEADER + "E1,a@example.com\n"));

        assertThat(read.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly("missing status (expected active, inactive, terminated, leave)");
    }
}
