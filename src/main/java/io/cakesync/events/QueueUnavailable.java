package io.cakesync.events;

/** The event queue could not be read or written: the database is away. A sender should try again. */
final class QueueUnavailable extends RuntimeException {

    QueueUnavailable(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
