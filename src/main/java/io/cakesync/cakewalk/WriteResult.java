package io.cakesync.cakewalk;

/** The outcome of one membership write for one user. {@code httpStatus} is null when no response came. */
public record WriteResult(String userId, WriteStatus status, Integer httpStatus, int attempts, String error) {}
