package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.RunStatus;

/** How a run ended, for the CLI and the API. */
public record RunReport(long runId, RunStatus status, String summary, String error) {}
