package io.cakesync.reconcile.vocabulary;

/** How a run ended. {@code RUNNING} is the only status whose audit rows may still change. */
public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    PARTIAL,
    FAILED,
    HELD,
    ABANDONED
}
