package io.cakesync.reconcile;

/** An admin's approval of the plan held by run {@code heldRunId}, carried by the run that applies it. */
public record Approval(long heldRunId, String digest, String approvedBy) {}
