package io.cakesync.source.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cakesync.source.SourceException;

/** Loads the HR export as text. A file that cannot be decoded fails as a whole, never half-read. */
final class CsvText {
    private static final char BOM = '\uFEFF';

    private CsvText() {}

    static String read(Path file, Charset encoding) {
        if (!Files.exists(file)) {
            throw new SourceException("HR export " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new SourceException("HR export " + file + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new SourceException("HR export " + file + " is not readable (check its permissions)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException("HR export " + file + " cannot be read: " + e.getMessage(), e);
        }
        String text = decode(file, bytes, encoding);
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    // The default decoding would silently replace bad bytes and corrupt names and emails.
    private static String decode(Path file, byte[] bytes, Charset encoding) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(
                    "HR export " + file + " is not valid " + encoding.name()
                            + " (first bad byte on line " + lineOfByte(bytes, in.position())
                            + "); set sync.source.encoding to the export's encoding,"
                            + " e.g. ISO-8859-1 or windows-1252",
                    e);
        }
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
