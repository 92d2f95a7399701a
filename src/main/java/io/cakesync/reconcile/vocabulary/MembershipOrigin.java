package io.cakesync.reconcile.vocabulary;

/** Why cakesync owns a membership: it added the member, or an admin adopted an existing one. */
public enum MembershipOrigin {
    ADDED,
    ADOPTED
}
