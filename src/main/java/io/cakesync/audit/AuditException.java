package io.cakesync.audit;

/** The audit database refused a read or write; a run cannot go on without its audit. */
class AuditException extends RuntimeException {
    public AuditException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
