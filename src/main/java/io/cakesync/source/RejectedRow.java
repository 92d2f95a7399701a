package io.cakesync.source;

/** A row of the HR source left out of the run, with the reason an admin can act on. */
public record RejectedRow(int line, String employeeId, String email, String reason) {
}
