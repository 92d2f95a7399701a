package io.cakesync.cakewalk;

import java.util.Set;

/** The ids of a group's current members, read fresh (all pages); settles writes whose outcome is unknown. */
@FunctionalInterface
interface MemberIds {
    Set<String> of(String groupId);
}
