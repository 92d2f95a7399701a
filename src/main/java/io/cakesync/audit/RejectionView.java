package io.cakesync.audit;

/** An HR row a run left out, with its line and reason. */
public record RejectionView(int line, String employeeId, String email, String reason) {
}
