package io.cakesync.reconcile;

/** Whether a planned change is to be sent, or why not. */
public enum Disposition {
    APPLY,
    /** The employee has no Cakewalk user yet (Cakewalk imports users every two hours). */
    DEFERRED,
    /** Deliberately left alone; the change's reason says why. */
    SKIPPED,
    /** A safety rule holds it for an admin's approval. */
    HELD
}
