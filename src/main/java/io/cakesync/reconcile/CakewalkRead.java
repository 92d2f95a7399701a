package io.cakesync.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cakesync.cakewalk.CakewalkUser;

/**
 * What a run learned of Cakewalk: the state it plans against, how it was read (and why), and what came
 * from Cakewalk itself rather than the snapshot: the user list when it was read, the members of each
 * group that was read (by group id). The journal keeps the fresh parts as the new snapshot.
 */
record CakewalkRead(
        CakewalkState state,
        RefreshMode mode,
        String note,
        Optional<List<CakewalkUser>> freshUsers,
        Map<String, List<CakewalkUser>> freshMembers) {}
