package io.cakesync.source;

/**
 * One valid row of the HR source. {@code email} is normalized (see {@link Emails#normalize}),
 * {@code department} is trimmed; {@code line} is the 1-based physical line in the source file.
 */
public record Employee(String employeeId, String email, String firstName, String lastName, String department,
        EmployeeStatus status, int line) {
}
