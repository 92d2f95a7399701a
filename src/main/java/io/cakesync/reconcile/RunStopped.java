package io.cakesync.reconcile;

/** The run may not write any more (shutdown, lost lock, apply deadline); unsent changes stay NOT_ATTEMPTED. */
final class RunStopped extends RuntimeException {
    RunStopped(String reason) {
        super(reason, null, false, false);
    }
}
