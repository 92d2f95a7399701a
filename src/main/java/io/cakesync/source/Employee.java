package io.cakesync.source;

import java.util.Map;

/**
 * One valid HR record. {@code email} is normalized (see {@link Emails#normalize}), the other values are
 * trimmed; {@code locator} says where the source has it ("line 29", "Personio person 1234");
 * {@code attributes} holds the non-blank attributes by {@link Attributes} name.
 */
public record Employee(
        String employeeId,
        String email,
        String firstName,
        String lastName,
        String department,
        EmployeeStatus status,
        String locator,
        Map<String, String> attributes) {

    public Employee {
        attributes = Map.copyOf(attributes);
    }

    /** The attribute's value, or null when the record has none. */
    public String attribute(String name) {
        return attributes.get(Attributes.name(name));
    }
}
