package io.cakesync.approval;

/** An approval or rejection that cannot be made; the message tells the admin why. */
public class ApprovalRefused extends RuntimeException {
    public ApprovalRefused(String message) {
        super(message);
    }
}
