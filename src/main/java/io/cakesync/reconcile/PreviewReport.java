package io.cakesync.reconcile;

import java.util.List;

/**
 * What a mapping would do to the current state: per group, who would join and who would leave and
 * why, as recorded in the audit under {@code runId}. {@code noLongerMapped} names the groups the
 * current mapping has and this one drops (cakesync would stop managing them; their members stay).
 */
public record PreviewReport(
        long runId,
        String mapping,
        String summary,
        List<GroupPreview> groups,
        List<String> noLongerMapped,
        List<String> figures,
        int rejected) {

    public PreviewReport {
        groups = List.copyOf(groups);
        noLongerMapped = List.copyOf(noLongerMapped);
        figures = List.copyOf(figures);
    }

    /** {@code newlyMapped}: the current mapping does not have the group. */
    public record GroupPreview(
            String groupId, String groupName, boolean newlyMapped, List<Line> joins, List<Line> leaves) {

        public GroupPreview {
            joins = List.copyOf(joins);
            leaves = List.copyOf(leaves);
        }
    }

    /**
     * One person: {@code verdict} says what would happen ("joins", "leaves", "would be held", "stays",
     * ...), {@code reason} why; {@code dueToChange} is false for what the current mapping plans as well.
     */
    public record Line(String person, String employeeId, String verdict, String reason, boolean dueToChange) {}
}
