package io.cakesync.audit;

/** An HR record a run left out, with where the source has it ("line 29") and the reason. */
public record RejectionView(String locator, String employeeId, String email, String reason) {}
