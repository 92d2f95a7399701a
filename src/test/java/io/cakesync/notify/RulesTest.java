package io.cakesync.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cakesync.reconcile.RunFinished;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;

import static io.cakesync.reconcile.vocabulary.RunStatus.FAILED;
import static io.cakesync.reconcile.vocabulary.RunStatus.HELD;
import static io.cakesync.reconcile.vocabulary.RunStatus.PARTIAL;
import static io.cakesync.reconcile.vocabulary.RunStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

class RulesTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aFailedRunRaisesAnAlertWithItsError() {
        Alert alert = Rules.forRun(run(7, FAILED, "HR export /data/hr.csv is empty"), List.of(FAILED), 3, NOW)
                .orElseThrow();

        assertThat(alert.kind()).isEqualTo(Alert.Kind.RUN_FAILED);
        assertThat(alert.title()).isEqualTo("cakesync run 7 failed");
        assertThat(alert.text()).contains("HR export /data/hr.csv is empty").contains("SCHEDULE");
        assertThat(alert.runId()).isEqualTo(7);
    }

    @Test
    void aHeldPlanRaisesAnAlert() {
        assertThat(Rules.forRun(run(8, HELD, null), List.of(HELD), 3, NOW))
                .get()
                .extracting(Alert::kind)
                .isEqualTo(Alert.Kind.PLAN_HELD);
    }

    @Test
    void partialRunsRaiseOneAlertWhenTheStreakReachesTheThreshold() {
        assertThat(Rules.forRun(run(9, PARTIAL, null), List.of(PARTIAL, PARTIAL, SUCCEEDED), 3, NOW))
                .isEmpty();
        assertThat(Rules.forRun(run(10, PARTIAL, null), List.of(PARTIAL, PARTIAL, PARTIAL, SUCCEEDED), 3, NOW))
                .get()
                .extracting(Alert::kind)
                .isEqualTo(Alert.Kind.REPEATED_PARTIAL);
        assertThat(Rules.forRun(run(11, PARTIAL, null), List.of(PARTIAL, PARTIAL, PARTIAL, PARTIAL), 3, NOW))
                .as("not again for every further partial run")
                .isEmpty();
    }

    @Test
    void aSucceededRunIsQuiet() {
        assertThat(Rules.forRun(run(12, SUCCEEDED, null), List.of(SUCCEEDED, FAILED), 3, NOW))
                .isEmpty();
    }

    @Test
    void noSuccessNamesTheLastSuccessAndHowLongAgo() {
        Alert alert = Rules.noSuccess(NOW.minus(Duration.ofHours(3)), Duration.ofHours(2), NOW);

        assertThat(alert.kind()).isEqualTo(Alert.Kind.NO_SUCCESSFUL_RUN);
        assertThat(alert.title()).isEqualTo("no successful cakesync run for 3 h");
        assertThat(alert.text()).contains("2026-03-01T07:00:00Z").contains("threshold 2 h");
        assertThat(alert.runId()).isNull();
    }

    private static RunFinished run(long id, RunStatus status, String error) {
        return new RunFinished(id, status, Trigger.SCHEDULE, false, Duration.ofSeconds(3), "summary", error);
    }
}
