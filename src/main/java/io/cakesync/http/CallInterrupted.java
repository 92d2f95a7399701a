package io.cakesync.http;

/** The thread was interrupted (shutdown) while a call waited for its turn or its resend. */
public final class CallInterrupted extends RuntimeException {

    CallInterrupted(InterruptedException cause) {
        super("interrupted while waiting to call a remote API", cause);
    }
}
