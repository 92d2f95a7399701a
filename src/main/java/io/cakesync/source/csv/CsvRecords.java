package io.cakesync.source.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.cakesync.source.Echo;
import io.cakesync.source.SourceException;

/** Splits the text into records, all of them before any is used, so a malformed file yields no rows. */
final class CsvRecords {
    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private CsvRecords() {}

    static List<RawRecord> parse(Path file, String text, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        LineIndex lines = new LineIndex(text);
        List<RawRecord> records = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                RawRecord raw = new RawRecord(lines.lineAt(startOf(text, record)), record.toList());
                // Spreadsheets export rows of bare delimiters; like blank lines they carry no employee.
                if (!raw.blank()) {
                    records.add(raw);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException("HR export " + file + " is not valid CSV: " + describe(e), e);
        }
        return records;
    }

    // The parser reports the position before any blank lines it skipped.
    private static int startOf(String text, CSVRecord record) {
        int i = (int) record.getCharacterPosition();
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    private static String describe(Exception e) {
        String message = e instanceof UncheckedIOException && e.getCause() != null
                ? e.getCause().getMessage()
                : e.getMessage();
        Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
        return unclosed.find()
                ? "the quoted field starting on line " + unclosed.group(1) + " is never closed"
                : Echo.of(message, 300);
    }
}
