package io.cakesync.reconcile;

enum Action {
    ADD,
    REMOVE,
    /** Not a membership change: a note that HR data was matched to a Cakewalk user another way. */
    MATCH
}
