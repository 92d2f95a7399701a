package io.cakesync.source;

/**
 * One person as a connector fetched them, before any validation: the values as the source gave them
 * (null or blank when absent), and a {@code locator} naming the record in the source's own terms.
 */
public record SourceRecord(String locator, String employeeId, String email, String firstName, String lastName,
        String status, String department) {
}
