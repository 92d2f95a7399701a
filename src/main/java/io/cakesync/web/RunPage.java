package io.cakesync.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunDetail;

/**
 * A run as its page shows it: changes grouped by Cakewalk group, the safety figures one per line,
 * the status its heading shows (a decided or expired plan says so), where a run in progress has
 * got, the run that applied an approved plan, and the names of the people its changes touch.
 */
public record RunPage(
        RunDetail detail,
        List<GroupChanges> groups,
        List<String> safety,
        boolean decidable,
        String status,
        String progress,
        Long appliedBy,
        OffsetDateTime expiresAt,
        Map<Long, String> names) {

    public record GroupChanges(String groupId, String groupName, List<ChangeView> changes) {}

    static List<GroupChanges> byGroup(List<ChangeView> changes) {
        Map<String, GroupChanges> byGroup = new LinkedHashMap<>();
        for (ChangeView c : changes) {
            byGroup.computeIfAbsent(c.groupId(), id -> new GroupChanges(id, c.groupName(), new ArrayList<>()))
                    .changes()
                    .add(c);
        }
        return List.copyOf(byGroup.values());
    }

    static List<String> figures(String safety) {
        return safety == null || safety.isBlank() ? List.of() : List.of(safety.split("\n"));
    }

    public boolean running() {
        return progress != null;
    }
}
