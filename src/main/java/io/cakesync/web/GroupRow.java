package io.cakesync.web;

import java.time.OffsetDateTime;

import io.cakesync.audit.GroupStates.LastChange;

/**
 * One mapped group on the Groups page. {@code members} and {@code refreshedAt} are null until a run
 * has read the group; {@code drift} is null before the first full refresh.
 */
public record GroupRow(
        String key,
        String name,
        String groupId,
        String rule,
        Integer members,
        OffsetDateTime refreshedAt,
        LastChange last,
        int held,
        Integer drift) {}
