package io.cakesync.reconcile.vocabulary;

/**
 * Where one membership change stands, from the plan to its end: the planner sets PLANNED, DEFERRED or
 * SKIPPED, the guard may hold a planned change, and applying settles it. Pages list outcomes in this order.
 */
public enum Outcome {
    /** To be sent; written to the audit before anything is sent. */
    PLANNED,
    APPLIED,
    ALREADY_DONE,
    FAILED,
    /** The employee has no Cakewalk user yet (Cakewalk imports users every two hours); the next run tries again. */
    DEFERRED,
    /** Deliberately not made; the reason says why. */
    SKIPPED,
    /** A dry run planned it and sent nothing. */
    SKIPPED_DRY_RUN,
    /** A safety rule holds it for an admin's approval. */
    HELD,
    /** The run stopped (for example on a rejected API key) before this change was sent. */
    NOT_ATTEMPTED
}
