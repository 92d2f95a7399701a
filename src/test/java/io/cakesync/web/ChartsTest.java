package io.cakesync.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cakesync.audit.RunActivity;
import io.cakesync.reconcile.vocabulary.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 3, 30);

    @Test
    void runsAreCountedOnTheLocalDayTheyStarted() {
        List<RunActivity.Run> runs = List.of(
                run(1, RunStatus.SUCCEEDED, "2025-03-10T23:30:00Z", 3, 0, 0),
                run(2, RunStatus.FAILED, "2025-03-11T08:00:00Z", 1, 0, 0));

        Chart chart = Charts.runsByStatus(runs, FIRST, LAST, BERLIN);

        assertThat(chart.bars()).extracting(Chart.Bar::css).containsExactly("SUCCEEDED", "FAILED");
        assertThat(chart.bars()).extracting(Chart.Bar::tip).containsOnly("Mar 11: 1 succeeded, 1 failed");
        assertThat(chart.yMax()).isEqualTo("2");
    }

    @Test
    void barsOfOneDayStackAndTheTallestReachesTheTop() {
        List<RunActivity.Run> runs = List.of(run(1, RunStatus.SUCCEEDED, "2025-03-05T10:00:00Z", 3, 4, 1));

        Chart chart = Charts.changesByAction(runs, FIRST, LAST, ZoneOffset.UTC);

        Chart.Bar add = chart.bars().get(0);
        Chart.Bar remove = chart.bars().get(1);
        assertThat(chart.yMax()).isEqualTo("5");
        assertThat(add.y() + add.h()).isEqualTo(chart.bottom());
        assertThat(remove.y() + remove.h()).isEqualTo(add.y());
        assertThat(remove.y()).isEqualTo(chart.top());
        assertThat(add.tip()).isEqualTo("Mar 5: 4 added, 1 removed");
    }

    @Test
    void eachFinishedRunHasItsCallsAsABarAndItsDurationOnTheLine() {
        List<RunActivity.Run> runs = List.of(
                run(7, RunStatus.SUCCEEDED, "2025-03-05T10:00:00Z", 12, 0, 0),
                run(8, RunStatus.SUCCEEDED, "2025-03-05T11:00:00Z", 3, 0, 0),
                new RunActivity.Run(
                        9, RunStatus.RUNNING, false, OffsetDateTime.parse("2025-03-05T12:00:00Z"), null, null, 0, 0));

        Chart chart = Charts.callsAndDuration(runs);

        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.dots()).hasSize(2);
        assertThat(chart.yMax()).isEqualTo("20");
        assertThat(chart.bars().get(0).tip()).isEqualTo("run #7: 12 Cakewalk calls, 2.0 s");
        assertThat(chart.ticks()).extracting(Chart.Tick::label).containsExactly("#7", "#8");
    }

    @Test
    void anAxisEndsOnARoundNumber() {
        assertThat(Charts.scale(0)).isEqualTo(1);
        assertThat(Charts.scale(3)).isEqualTo(5);
        assertThat(Charts.scale(11)).isEqualTo(20);
        assertThat(Charts.scale(501)).isEqualTo(1000);
    }

    private static RunActivity.Run run(long id, RunStatus status, String started, int calls, int added, int removed) {
        OffsetDateTime at = OffsetDateTime.parse(started);
        return new RunActivity.Run(id, status, false, at, at.plusSeconds(2), calls, added, removed);
    }
}
