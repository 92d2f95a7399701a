package io.cakesync.source;

/** An HR record left out of the run, with where it is in the source and the reason an admin can act on. */
public record RejectedRecord(String locator, String employeeId, String email, String reason) {}
