package io.cakesync.source.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import io.cakesync.source.HrRead;

/** Writes HR export files for tests and reads them with the default settings. */
final class HrExports {
    static final String HEADER = "employee_id,email,first_name,last_name,department,status\n";
    static final ColumnNames DEFAULT_COLUMNS =
            new ColumnNames("employee_id", "email", "first_name", "last_name", "department", "status");

    private HrExports() {}

    static Path write(Path dir, String text) {
        return write(dir, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String text, Charset charset) {
        return write(dir, text.getBytes(charset));
    }

    static Path write(Path dir, byte[] bytes) {
        try {
            return Files.write(dir.resolve("hr-export.csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HrRead read(Path file) {
        return source(file).read(Set.of());
    }

    static CsvHrSource source(Path file) {
        return new CsvHrSource(Optional.of(file), ",", "UTF-8", DEFAULT_COLUMNS);
    }
}
