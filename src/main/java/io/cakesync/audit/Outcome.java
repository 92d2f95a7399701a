package io.cakesync.audit;

/** What became of one planned membership change. */
public enum Outcome {
    /** Written to the audit, not yet sent. */
    PLANNED,
    APPLIED,
    ALREADY_DONE,
    FAILED,
    /** The employee has no Cakewalk user yet; the next run tries again. */
    DEFERRED,
    /** Deliberately not made; the reason says why. */
    SKIPPED,
    SKIPPED_DRY_RUN,
    HELD,
    /** The run stopped (for example on a rejected API key) before this change was sent. */
    NOT_ATTEMPTED
}
