package io.cakesync.source;

/**
 * One valid HR record. {@code email} is normalized (see {@link Emails#normalize}), the other values are
 * trimmed; {@code locator} says where the source has it ("line 29", "Personio person 1234").
 */
public record Employee(String employeeId, String email, String firstName, String lastName, String department,
        EmployeeStatus status, String locator) {
}
