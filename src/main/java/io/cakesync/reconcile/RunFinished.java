package io.cakesync.reconcile;

import java.time.Duration;

import io.cakesync.reconcile.vocabulary.RunStatus;

/**
 * Fired (synchronously, as a CDI event) when a run has closed its audit row, for metrics and
 * notifications. Observers must not throw: a run is over by the time they hear of it.
 */
public record RunFinished(
        long runId,
        RunStatus status,
        Trigger trigger,
        boolean dryRun,
        Duration elapsed,
        String summary,
        String error) {}
