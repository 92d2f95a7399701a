package io.cakesync.reconcile;

/**
 * What a planned change rests on. A removal is backed by <em>evidence</em> when a valid HR record says
 * the person left ({@link #LEFT}), changed so that the group's rule no longer matches ({@link #MOVED}),
 * or does not match it ({@link #MISMATCH}); it is only <em>inferred</em> when HR says nothing of the
 * member ({@link #ABSENT}) or a value the rule depends on vanished from the read ({@link #VANISHED}).
 * A doubtful read holds inferred removals and lets those with evidence go out.
 */
enum Basis {
    /** An add: the rule matched (or the mapping file includes the person). */
    RULE,
    LEFT,
    MOVED,
    MISMATCH,
    ABSENT,
    VANISHED;

    boolean inferred() {
        return this == ABSENT || this == VANISHED;
    }
}
