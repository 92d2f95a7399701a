package io.cakesync.reconcile;

/** What started a run, as recorded in the audit. */
public enum Trigger {
    SCHEDULE,
    API,
    CLI,
    DEMO,
    APPROVAL,
    EVENT
}
