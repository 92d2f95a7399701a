package io.cakesync.audit;

import java.util.List;

/**
 * A preview of a mapping change as the audit keeps it: a run of mode {@code PREVIEW} with the HR read
 * it planned against, the figures the guard would judge it on and every change it would make.
 */
public record PreviewRun(
        String trigger,
        String node,
        String origin,
        int rows,
        List<RejectionView> rejected,
        List<String> figures,
        List<NewChange> changes,
        String summary,
        int apiCalls) {

    public PreviewRun {
        rejected = List.copyOf(rejected);
        figures = List.copyOf(figures);
        changes = List.copyOf(changes);
    }
}
