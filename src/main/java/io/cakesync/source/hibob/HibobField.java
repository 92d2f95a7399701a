package io.cakesync.source.hibob;

/**
 * One field cakesync asks HiBob for. {@code use} is what it is for, for messages (an attribute name, or
 * "email" for a field every record needs); {@code byName} takes the human-readable value (the name of a
 * list item) instead of the machine value (a list item id), while dates and emails keep their machine form.
 */
record HibobField(String use, String id, boolean byName) {}
