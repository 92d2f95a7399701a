package io.cakesync.cakewalk;

/** How one membership write ended, after retries and after settling unknown outcomes. */
public enum WriteStatus {
    /** Cakewalk made the change because cakesync asked. */
    APPLIED,
    /** The change was already in place (for example DELETE answered 404 for a non-member). */
    ALREADY_DONE,
    /** Cakewalk refused or never confirmed the change; see the HTTP status and error. */
    FAILED
}
