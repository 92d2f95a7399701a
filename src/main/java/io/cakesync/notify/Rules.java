package io.cakesync.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cakesync.reconcile.RunFinished;
import io.cakesync.reconcile.vocabulary.RunStatus;

/** Which finished runs deserve an alert. Pure: the caller supplies the recent history. */
final class Rules {

    private Rules() {}

    /**
     * @param recent statuses of the newest finished runs, newest first, this run included
     */
    static Optional<Alert> forRun(RunFinished run, List<RunStatus> recent, int partialRunsInARow, Instant now) {
        String mode = run.dryRun() ? "dry run" : "live run";
        return switch (run.status()) {
            case FAILED ->
                Optional.of(new Alert(
                        Alert.Kind.RUN_FAILED,
                        "cakesync run " + run.runId() + " failed",
                        mode + " (" + run.trigger() + ") failed: " + run.error() + "\n" + run.summary(),
                        run.runId(),
                        now));
            case HELD ->
                Optional.of(new Alert(
                        Alert.Kind.PLAN_HELD,
                        "cakesync run " + run.runId() + " held its plan for approval",
                        "A safety rule held the plan of this " + mode
                                + ": review and approve it in the admin UI, or fix the HR data. " + run.summary(),
                        run.runId(),
                        now));
            case PARTIAL ->
                partialStreak(recent) == partialRunsInARow
                        ? Optional.of(new Alert(
                                Alert.Kind.REPEATED_PARTIAL,
                                partialRunsInARow + " cakesync runs in a row were partial",
                                "Some membership changes keep failing; the latest " + "run " + run.runId() + ": "
                                        + run.summary(),
                                run.runId(),
                                now))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    static Alert noSuccess(Instant lastSuccess, Duration threshold, Instant now) {
        Duration age = Duration.between(lastSuccess, now);
        return new Alert(
                Alert.Kind.NO_SUCCESSFUL_RUN,
                "no successful cakesync run for " + minutes(age),
                "No run has succeeded since " + lastSuccess + " (alert threshold " + minutes(threshold)
                        + "). Check the latest runs in the admin UI and the logs.",
                null,
                now);
    }

    private static int partialStreak(List<RunStatus> recent) {
        int n = 0;
        while (n < recent.size() && recent.get(n) == RunStatus.PARTIAL) {
            n++;
        }
        return n;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() < 120 ? d.toMinutes() + " min" : d.toHours() + " h";
    }
}
