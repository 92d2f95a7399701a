package io.cakesync.source.csv;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cakesync.source.HrConnector;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourceRecord;
import io.cakesync.source.StatusMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the HR export (CSV with a header row). The whole file is checked before any record is returned,
 * so a structural problem never produces a partial read. A record's locator is its physical line.
 */
@ApplicationScoped
class CsvHrSource implements HrConnector {
    private final Optional<Path> file;
    private final String delimiter;
    private final String encoding;
    private final ColumnNames columns;

    @Inject
    CsvHrSource(SourceConfig config) {
        this(config.path(), config.delimiter(), config.encoding(), ColumnNames.of(config.columns()));
    }

    // Settings are checked on read, not here, so a bad value fails the run with a SourceException.
    CsvHrSource(Optional<Path> file, String delimiter, String encoding, ColumnNames columns) {
        this.file = file;
        this.delimiter = delimiter;
        this.encoding = encoding;
        this.columns = columns;
    }

    @Override
    public String kind() {
        return "csv";
    }

    /** Every column beyond the core ones is an attribute under its header name. */
    @Override
    public boolean provides(String attribute) {
        return true;
    }

    @Override
    public StatusMap statuses() {
        return StatusMap.ownNames();
    }

    /** Parsing a local file is cheap, so the probe is the structural part of a read without validation. */
    @Override
    public List<Probe> probe(Set<String> attributes) {
        try {
            Fetched fetched = fetch(attributes);
            return List.of(Probe.pass("HR export", fetched.records().size() + " record(s) in " + fetched.origin()));
        } catch (SourceException e) {
            return List.of(Probe.fail("HR export", e.getMessage()));
        }
    }

    @Override
    public Fetched fetch(Set<String> attributes) {
        Path path = file.orElseThrow(() -> new SourceException("sync.source.path (SYNC_SOURCE_PATH) is not set"));
        String text = CsvText.read(path, charset());
        List<RawRecord> records = CsvRecords.parse(path, text, delimiterChar());
        if (records.isEmpty()) {
            throw new SourceException("HR export " + path + " is empty");
        }
        CsvHeader header = CsvHeader.of(path, records.get(0), columns);
        if (records.size() == 1) {
            throw new SourceException("HR export " + path + " has a header but no employee rows");
        }
        List<String> missing =
                attributes.stream().filter(a -> !header.has(a)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new SourceException("HR export " + path + " has no column "
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + ", which the mapping file's rules use (sync.mapping-file);"
                    + " add the column to the export or change the rule");
        }
        return new Fetched(
                path.toString(),
                records.subList(1, records.size()).stream()
                        .map(record -> record(record, header))
                        .toList());
    }

    private SourceRecord record(RawRecord record, CsvHeader header) {
        return new SourceRecord(
                "line " + record.line(),
                header.value(record, columns.employeeId()),
                header.value(record, columns.email()),
                header.value(record, columns.firstName()),
                header.value(record, columns.lastName()),
                header.value(record, columns.status()),
                header.value(record, columns.department()),
                header.attributes(record));
    }

    private char delimiterChar() {
        if (delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\r") || delimiter.equals("\n")) {
            throw new SourceException("sync.source.delimiter must be one character other than a quote or line break"
                    + " (\\t for tab), got '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SourceException(
                    "sync.source.encoding '" + encoding + "' is not a character set this JVM knows,"
                            + " e.g. UTF-8, ISO-8859-1, windows-1252",
                    e);
        }
    }
}
