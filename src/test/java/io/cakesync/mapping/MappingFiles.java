package io.cakesync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes mapping files for tests. */
final class MappingFiles {

    private MappingFiles() {}

    static Path write(Path dir, String yaml) {
        try {
            return Files.writeString(dir.resolve("mapping.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
