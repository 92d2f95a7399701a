package io.cakesync.source.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cakesync.source.SourceException;

import static io.cakesync.source.csv.HrExports.HEADER;
import static io.cakesync.source.csv.HrExports.read;
import static io.cakesync.source.csv.HrExports.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvHrSourceStructureTest {
    @TempDir
    Path dir;

    @Test
    void echoesAHeaderOfNulBytesBoundedAndEscaped() {
        Path file = write(dir, "\0".repeat(150_000) + "\nE1,amy@acme.example,Amy,A,Team,active\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("HR export " + file + " has no column 'employee_id'")
                .hasMessageContaining("(header on line 1: \\u0000\\u0000")
                .hasMessageContaining(" more characters)")
                .satisfies(e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(1_000).doesNotContain("\0");
                });
    }

    @Test
    void failsWhenThePathIsNotConfigured() {
        CsvHrSource source = new CsvHrSource(Optional.empty(), ",", "UTF-8", HrExports.DEFAULT_COLUMNS);

        assertThatThrownBy(() -> source.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("sync.source.path (SYNC_SOURCE_PATH) is not set");
    }

    @Test
    void failsWhenTheFileDoesNotExist() {
        Path missing = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> read(missing))
                .isInstanceOf(SourceException.class)
                .hasMessage("HR export " + missing + " does not exist");
    }

    @Test
    void failsWhenThePathIsADirectory() {
        assertThatThrownBy(() -> read(dir))
                .isInstanceOf(SourceException.class)
                .hasMessage("HR export " + dir + " is not a regular file");
    }

    @Test
    void failsOnAnEmptyFile() {
        Path file = write(dir, "");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessage("HR export " + file + " is empty");
    }

    @Test
    void failsOnAFileOfOnlyAByteOrderMarkAndBlankLines() {
        Path file = write(dir, "\uFEFF\r\n\r\n  \r\n");

        assertThatThrownBy(() -> read(file)).hasMessage("HR export " + file + " is empty");
    }

    @Test
    void failsOnAHeaderWithoutEmployeeRows() {
        Path file = write(dir, HEADER + "\n\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessage("HR export " + file + " has a header but no employee rows");
    }

    @Test
    void namesEveryMissingRequiredColumnAndTheHeaderFound() {
        Path file = write(dir, "employee_id,mail,first_name,dept\nE1,a@example.com,A,Sales\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessage("HR export " + file + " has no column 'email', 'department', 'status'; required columns"
                        + " are 'employee_id', 'email', 'department', 'status'"
                        + " (header on line 1: employee_id, mail, first_name, dept)");
    }

    @Test
    void doesNotRequireNameColumns() {
        Path file = write(dir, "employee_id,email,department,status\nE1,a@example.com,Sales,active\n");

        assertThat(read(file).employees()).hasSize(1);
    }

    @Test
    void failsWhenARequiredColumnAppearsTwice() {
        Path file =
                write(dir, "employee_id,email,department,status,EMAIL\nE1,a@example.com,Sales,active,b@example.com\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("HR export " + file + " has column 'email' more than once");
    }

    @Test
    void failsOnAnUnterminatedQuoteNamingItsLine() {
        Path file = write(
                dir,
                HEADER + "E1,a@example.com,A,B,Sales,active\nE2,b@example.com,\"B,B,Sales,active\n"
                        + "E3,c@example.com,C,C,Sales,active\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessage(
                        "HR export " + file + " is not valid CSV: the quoted field starting on line 3 is never closed");
    }

    @Test
    void failsOnTextAfterAClosingQuoteNamingItsLine() {
        Path file = write(dir, HEADER + "E1,\"a@example.com\"x,A,B,Sales,active\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("HR export " + file + " is not valid CSV: ")
                .hasMessageContaining("line: 2");
    }

    @Test
    void failsOnBytesThatAreNotValidInTheConfiguredEncodingNamingTheLine() {
        Path file = write(
                dir, (HEADER + "E1,a@example.com,Jürgen,Müller,Sales,active\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("HR export " + file + " is not valid UTF-8 (first bad byte on line 2)");
    }

    @Test
    void failsOnAnUnknownEncodingName() {
        Path file = write(dir, HEADER + "E1,a@example.com,A,B,Sales,active\n");
        CsvHrSource source = new CsvHrSource(Optional.of(file), ",", "latin-9000", HrExports.DEFAULT_COLUMNS);

        assertThatThrownBy(() -> source.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sync.source.encoding 'latin-9000' is not a character set");
    }

    @Test
    void failsOnADelimiterLongerThanOneCharacter() {
        Path file = write(dir, HEADER + "E1,a@example.com,A,B,Sales,active\n");
        CsvHrSource source = new CsvHrSource(Optional.of(file), ";;", "UTF-8", HrExports.DEFAULT_COLUMNS);

        assertThatThrownBy(() -> source.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sync.source.delimiter must be one character")
                .hasMessageContaining("got ';;'");
    }
}
