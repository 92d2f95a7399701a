package io.cakesync.cakewalk;

/**
 * A Cakewalk user group. {@code readOnly} is true for groups synced from an IdP or HRIS, which
 * Cakewalk does not let the API change; mapping one is a configuration error.
 */
public record CakewalkGroup(String id, String name, String syncSource, boolean readOnly) {}
