package io.cakesync.cakewalk;

/**
 * Cakewalk rejected the credentials (401) or the key may not write (403). The run stops at once:
 * retrying a bad key only produces a storm of failures.
 */
public class CakewalkAccessDenied extends RuntimeException {
    private final int status;

    public CakewalkAccessDenied(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
