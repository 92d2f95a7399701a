package io.cakesync.reconcile;

/** How a run learns the Cakewalk state it plans from; recorded on the run as {@code refresh_mode}. */
enum RefreshMode {
    /** Reads the user list and every mapped group. */
    FULL,
    /** Trusts the daemon's snapshot and reads only what it cannot vouch for. */
    INCREMENTAL
}
