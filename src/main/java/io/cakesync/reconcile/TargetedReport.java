package io.cakesync.reconcile;

import java.util.List;

import io.cakesync.source.PersonRef;

/** How a targeted run ended, and the named people HR did not know (for whom nothing was changed). */
public record TargetedReport(RunReport run, List<PersonRef> unknown) {

    public TargetedReport {
        unknown = List.copyOf(unknown);
    }
}
