package io.cakesync.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cakesync.audit.Decisions;
import io.cakesync.audit.RunProgress;
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** How the pages say things: words for codes, counted nouns, local times, a plan's fate, a run's progress. */
class PageWordsTest {

    @Test
    void countsSayTheirNounInTheSingularOnlyForOne() {
        assertThat(Words.count(1, "Cakewalk call")).isEqualTo("1 Cakewalk call");
        assertThat(Words.count(0, "row")).isEqualTo("0 rows");
        assertThat(Words.count(2L, "person", "people")).isEqualTo("2 people");
        assertThat(Words.count(null, "change")).isEqualTo("0 changes");
    }

    @Test
    void outcomeCodesReadAsWords() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        counts.put(Outcome.SKIPPED_DRY_RUN, 2);
        counts.put(Outcome.DEFERRED, 1);
        counts.put(Outcome.ALREADY_DONE, 1);
        assertThat(Words.counts(counts)).isEqualTo("1 already done, 1 deferred, 2 skipped (dry run)");
        assertThat(Words.words(Outcome.HELD)).isEqualTo("held for approval");
        assertThat(Words.verb("REMOVE")).isEqualTo("remove");
    }

    @Test
    void timesPrintInTheConfiguredZoneWithTheUtcInstantForTheHover() {
        Clock clock = new Clock(ZoneId.of("Europe/Berlin"));
        OffsetDateTime summer = OffsetDateTime.of(2025, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC);

        assertThat(clock.local(summer)).isEqualTo("2025-07-02 00:30:00");
        assertThat(clock.utc(summer)).isEqualTo("2025-07-01 22:30:00 UTC");
        assertThat(clock.iso(summer)).isEqualTo("2025-07-01T22:30:00Z");
    }

    @Test
    void agesRoundToTheLargestUnitThatMatters() {
        assertThat(Clock.span(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(Clock.span(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(Clock.span(Duration.ofDays(1).plusHours(3))).isEqualTo("1 day");
        Clock clock = new Clock(ZoneOffset.UTC);
        assertThat(clock.ago(OffsetDateTime.now().minusMinutes(3).minusSeconds(5)))
                .isEqualTo("3 min ago");
        assertThat(clock.ago(OffsetDateTime.now().plusMinutes(10).plusSeconds(30)))
                .isEqualTo("in 10 min");
    }

    @Test
    void aHeldPlanSaysWhetherItWasApprovedRejectedOrLeftToExpire() {
        PlanStates plans = new PlanStates(Duration.ofHours(24));
        OffsetDateTime now = OffsetDateTime.now();

        assertThat(plans.status(held(now.minusHours(1), null))).isEqualTo("HELD");
        assertThat(plans.waiting(held(now.minusHours(1), null))).isTrue();
        assertThat(plans.status(held(now.minusHours(25), null))).isEqualTo("EXPIRED");
        assertThat(plans.waiting(held(now.minusHours(25), null))).isFalse();
        assertThat(plans.status(held(now.minusHours(25), decision("APPROVED")))).isEqualTo("APPROVED");
        assertThat(plans.status(held(now.minusHours(1), decision("REJECTED")))).isEqualTo("REJECTED");
        assertThat(plans.status(run(RunStatus.HELD, "DRY_RUN", now.minusHours(30), null)))
                .isEqualTo("HELD");
        assertThat(plans.status(run(RunStatus.SUCCEEDED, "LIVE", now, null))).isEqualTo("SUCCEEDED");
    }

    @Test
    void aRunInProgressSaysHowFarItGot() {
        assertThat(RunPages.phase(new RunProgress.Progress(null, null, 0, 0))).isEqualTo("reading the HR source");
        assertThat(RunPages.phase(new RunProgress.Progress(1, null, 0, 0)))
                .isEqualTo("read 1 HR row; reading Cakewalk");
        assertThat(RunPages.phase(new RunProgress.Progress(30, "FULL", 0, 0)))
                .isEqualTo("read 30 HR rows; read Cakewalk (full refresh); planning");
        assertThat(RunPages.phase(new RunProgress.Progress(30, "FULL", 4, 3)))
                .isEqualTo("read 30 HR rows; applying the plan: 1 of 4 changes done");
    }

    @Test
    void anErrorPageLeadsBackToTheListItCameFrom() {
        assertThat(ErrorPage.ways("/groups/x")).extracting(ErrorPage.Way::href).containsExactly("/groups", "/");
        assertThat(ErrorPage.ways("/runs/abc")).extracting(ErrorPage.Way::label).containsExactly("All runs");
        assertThat(ErrorPage.ways("/"))
                .extracting(ErrorPage.Way::label)
                .containsExactly("The run list without filters");
    }

    private static Decisions.Decision decision(String what) {
        return new Decisions.Decision(1, what, "alice", "ok", OffsetDateTime.now());
    }

    private static RunView held(OffsetDateTime finished, Decisions.Decision decision) {
        return run(RunStatus.HELD, "LIVE", finished, decision);
    }

    private static RunView run(RunStatus status, String mode, OffsetDateTime finished, Decisions.Decision decision) {
        return new RunView(
                1,
                status,
                "CLI",
                mode,
                "node",
                finished.minusSeconds(5),
                finished,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                null,
                null,
                decision,
                null,
                null);
    }
}
