package io.cakesync.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunDetail;
import io.cakesync.reconcile.vocabulary.RunStatus;

/** A run as its page shows it: changes grouped by Cakewalk group, the safety figures one per line. */
public record RunPage(RunDetail detail, List<GroupChanges> groups, List<String> safety, boolean decidable) {

    public record GroupChanges(String groupId, String groupName, List<ChangeView> changes) {
    }

    static RunPage of(RunDetail detail) {
        Map<String, GroupChanges> byGroup = new LinkedHashMap<>();
        for (ChangeView c : detail.changes()) {
            byGroup.computeIfAbsent(c.groupId(), id -> new GroupChanges(id, c.groupName(), new ArrayList<>()))
                    .changes().add(c);
        }
        String safety = detail.run().safety();
        List<String> figures = safety == null || safety.isBlank() ? List.of() : List.of(safety.split("\n"));
        boolean decidable = detail.run().status() == RunStatus.HELD && "LIVE".equals(detail.run().mode())
                && detail.run().decision() == null && detail.run().heldByRun() == null;
        return new RunPage(detail, List.copyOf(byGroup.values()), figures, decidable);
    }
}
