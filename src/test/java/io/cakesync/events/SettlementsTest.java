package io.cakesync.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.TargetedReport;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.source.PersonRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SettlementsTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final Duration BACKOFF = Duration.ofSeconds(30);
    static final PersonRef ADA = PersonRef.byEmployeeId("E1");
    static final PersonRef ZED = PersonRef.byEmail("zed@acme.example");

    @Test
    void aSucceededRunSettlesItsEventsAndNamesThePeopleHrDidNotKnow() {
        List<Settlement> settled = Settlements.of(
                List.of(event(1, 1, ADA), event(2, 1, ADA, ZED)),
                report(RunStatus.SUCCEEDED, null, ZED),
                5,
                BACKOFF,
                NOW);

        assertThat(settled)
                .extracting(Settlement::eventId, Settlement::state, Settlement::note, Settlement::retryAt)
                .containsExactly(
                        tuple(1L, "DONE", null, null),
                        tuple(2L, "DONE", "not in HR, so nothing changed for them: zed@acme.example", null));
    }

    @Test
    void aHeldRunSettlesItsEventsAndSaysWhereTheChangesWait() {
        List<Settlement> settled =
                Settlements.of(List.of(event(1, 1, ADA)), report(RunStatus.HELD, null), 5, BACKOFF, NOW);

        assertThat(settled)
                .extracting(Settlement::state, Settlement::outcome, Settlement::note)
                .containsExactly(tuple("DONE", "HELD", "changes held for an admin's approval in run 42"));
    }

    @Test
    void aFailedRunLeavesItsEventsPendingWithABackoffThatDoubles() {
        List<Settlement> settled = Settlements.of(
                List.of(event(1, 1, ADA), event(2, 3, ADA)),
                report(RunStatus.FAILED, "HR export hr.csv is empty"),
                5,
                BACKOFF,
                NOW);

        assertThat(settled)
                .extracting(Settlement::state, Settlement::note, Settlement::retryAt)
                .containsExactly(
                        tuple("PENDING", "HR export hr.csv is empty", NOW.plusSeconds(30)),
                        tuple("PENDING", "HR export hr.csv is empty", NOW.plusSeconds(120)));
    }

    @Test
    void theLastAttemptGivesTheEventUpWithItsError() {
        List<Settlement> settled =
                Settlements.of(List.of(event(1, 5, ADA)), report(RunStatus.PARTIAL, null), 5, BACKOFF, NOW);

        assertThat(settled)
                .extracting(Settlement::state, Settlement::note)
                .containsExactly(
                        tuple(
                                "FAILED",
                                "some changes failed; see run 42 (gave up after 5 attempts; the next full run covers these people)"));
    }

    private static Claimed event(long id, int attempts, PersonRef... people) {
        return new Claimed(id, "hr", "evt-" + id, List.of(people), attempts);
    }

    private static TargetedReport report(RunStatus status, String error, PersonRef... unknown) {
        return new TargetedReport(new RunReport(42, status, "event run", error), List.of(unknown));
    }
}
