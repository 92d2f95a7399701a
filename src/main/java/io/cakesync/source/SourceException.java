package io.cakesync.source;

/** The HR source cannot be used at all; the message names the file and the problem. */
public class SourceException extends RuntimeException {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
