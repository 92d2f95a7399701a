package io.cakesync.source;

import java.util.Map;

/**
 * One person as a connector fetched them, before any validation: the values as the source gave them
 * (null or blank when absent), a {@code locator} naming the record in the source's own terms, and the
 * attributes the rules may use, under cakesync's names (see {@link Attributes}).
 */
public record SourceRecord(
        String locator,
        String employeeId,
        String email,
        String firstName,
        String lastName,
        String status,
        String department,
        Map<String, String> attributes) {}
