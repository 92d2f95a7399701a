package io.cakesync.reconcile;

import java.util.List;
import java.util.Map;

import io.cakesync.cakewalk.CakewalkUser;

/** What Cakewalk looked like when the run read it: users by normalized email, members per mapped group. */
record CakewalkState(List<MappedGroup> groups, Map<String, CakewalkUser> usersByEmail,
        Map<String, List<CakewalkUser>> membersByGroup) {
}
