package io.cakesync.cakewalk;

/** A read from Cakewalk failed after all retries; a run cannot plan without it. */
public class CakewalkUnavailable extends RuntimeException {
    private final Integer status;
    private final int attempts;

    public CakewalkUnavailable(String message, Integer status, int attempts, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.attempts = attempts;
    }

    public Integer status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
