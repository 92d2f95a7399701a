package io.cakesync.web;

import java.util.List;

import io.cakesync.audit.PersonRecords.HrRecord;
import io.cakesync.audit.PersonRecords.Rejection;
import io.cakesync.audit.Timeline;

/**
 * One person: what HR last said ({@code hr} is null when the last HR read did not list them), the
 * groups they are in now and why, HR rows of theirs that runs rejected, and every change to them.
 */
public record PersonPage(
        String key,
        String name,
        HrRecord hr,
        List<PersonGroup> groups,
        List<Rejection> rejections,
        Timeline.View timeline) {

    /** A group whose snapshot lists the person; {@code mapped} is false for a group the mapping file no longer has. */
    public record PersonGroup(String groupId, String groupName, String reason, boolean byRule, boolean mapped) {}
}
