package io.cakesync.reconcile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cakesync.reconcile.vocabulary.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GuardTest {
    private static final Limits LIMITS = new Limits(10, 20, 50, 10, 100, 500, 3, 20, true, 20, 5);
    private static final SourceHealth.Headcount STEADY =
            new SourceHealth.Headcount(1000, Map.of("Sales", 100, "Finance", 50));

    private final List<PlannedChange> changes = new ArrayList<>();
    private final Map<String, Integer> members = new HashMap<>(Map.of("g-sales", 100, "g-fin", 50, "g-small", 4));
    private SourceHealth source = new SourceHealth(0, STEADY, Optional.of(STEADY));

    @Test
    void passesAnOrdinaryPlan() {
        removals("g-sales", 3);
        adds("g-sales", 5);

        Guard.Verdict verdict = judge();

        assertThat(verdict.held()).isFalse();
        assertThat(verdict.figures())
                .contains(
                        "largest removal share: 3% in g-sales (3 of 100), limits 10 / 20%: passed",
                        "removals this run: 3 of 154 members (2%), limits 50 / 10%: passed");
    }

    @Test
    void holdsEveryRemovalButNoAddWhenTheHrReadWasPartial() {
        source = new SourceHealth(2, STEADY, Optional.of(STEADY));
        removals("g-sales", 1);
        adds("g-fin", 2);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(1);
        assertThat(held(verdict, Action.ADD)).isZero();
        assertThat(verdict.plan().changes())
                .filteredOn(c -> c.action() == Action.REMOVE)
                .first()
                .extracting(PlannedChange::reason)
                .asString()
                .endsWith("; held: the HR read was partial (2 rows rejected)");
    }

    @Test
    void holdsRemovalsOnTheFirstRun() {
        source = new SourceHealth(0, STEADY, Optional.empty());
        removals("g-sales", 1);
        adds("g-sales", 1);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(1);
        assertThat(held(verdict, Action.ADD)).isZero();
    }

    @Test
    void appliesTheFirstRunWhenTheFirstRunHoldIsOff() {
        source = new SourceHealth(0, STEADY, Optional.empty());
        removals("g-sales", 1);

        Guard.Verdict verdict = Guard.judge(
                new Plan(changes), members, source, new Limits(10, 20, 50, 10, 100, 500, 3, 20, false, 20, 5));

        assertThat(verdict.held()).isFalse();
    }

    @Test
    void holdsRemovalsWhenTheActiveHeadcountShrank() {
        source = new SourceHealth(
                0, new SourceHealth.Headcount(700, Map.of("Sales", 100, "Finance", 50)), Optional.of(STEADY));
        removals("g-fin", 1);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(1);
        assertThat(verdict.figures()).contains("active headcount: 700, was 1000 (-30%), limit 20%: HELD");
    }

    @Test
    void holdsRemovalsWhenOneMappedDepartmentVanished() {
        source = new SourceHealth(0, new SourceHealth.Headcount(950, Map.of("Sales", 100)), Optional.of(STEADY));
        removals("g-fin", 1);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(1);
        assertThat(verdict.figures()).contains("largest department drop: 100% in Finance (50 → 0), limit 20%: HELD");
    }

    @Test
    void holdsOnlyTheGroupOverItsRemovalCount() {
        removals("g-sales", 11);
        removals("g-fin", 2);
        adds("g-sales", 4);

        Guard.Verdict verdict = judge();

        assertThat(verdict.plan().changes())
                .filteredOn(c -> c.outcome() == Outcome.HELD)
                .extracting(PlannedChange::groupId)
                .containsOnly("g-sales")
                .hasSize(11);
        assertThat(held(verdict, Action.ADD)).isZero();
    }

    @Test
    void holdsAGroupOverItsRemovalShare() {
        members.put("g-fin", 20);
        removals("g-fin", 5);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(5);
        assertThat(verdict.figures()).contains("largest removal share: 25% in g-fin (5 of 20), limits 10 / 20%: HELD");
    }

    @Test
    void ignoresTheShareOfAFewRemovalsFromASmallTeam() {
        removals("g-small", 2);

        assertThat(judge().held()).isFalse();
    }

    @Test
    void holdsAllRemovalsOverTheRunLimitEvenIfEachGroupPasses() {
        members.putAll(Map.of("g-a", 1000, "g-b", 1000, "g-c", 1000, "g-d", 1000, "g-e", 1000, "g-f", 1000));
        for (String g : List.of("g-a", "g-b", "g-c", "g-d", "g-e", "g-f")) {
            removals(g, 9);
        }

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(54);
        assertThat(verdict.figures()).anyMatch(f -> f.startsWith("removals this run: 54 of") && f.endsWith("HELD"));
    }

    @Test
    void holdsAddsOnlyByTheirOwnLimit() {
        adds("g-sales", 101);
        removals("g-fin", 1);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.ADD)).isEqualTo(101);
        assertThat(held(verdict, Action.REMOVE)).isZero();
        assertThat(verdict.figures()).contains("most adds in one group: 101 in g-sales, limit 100: HELD");
    }

    @Test
    void digestIgnoresOrderButNotContent() {
        source = new SourceHealth(0, STEADY, Optional.empty());
        removals("g-sales", 3);
        String digest = PlanDigest.ofHeld(judge().plan());
        java.util.Collections.reverse(changes);
        String reversed = PlanDigest.ofHeld(judge().plan());
        removals("g-fin", 1);
        String more = PlanDigest.ofHeld(judge().plan());

        assertThat(reversed).isEqualTo(digest);
        assertThat(more).isNotEqualTo(digest);
    }

    @Test
    void aDoubtfulReadHoldsOnlyTheRemovalsItCannotVouchFor() {
        source = new SourceHealth(1, STEADY, Optional.of(STEADY));
        removal("g-sales", "absent", Basis.ABSENT);
        removal("g-sales", "leaver", Basis.LEFT);
        removal("g-sales", "mover", Basis.MOVED);
        removal("g-sales", "mismatch", Basis.MISMATCH);

        Guard.Verdict verdict = judge();

        assertThat(verdict.plan().changes())
                .filteredOn(c -> c.outcome() == Outcome.HELD)
                .extracting(PlannedChange::email)
                .containsExactly("absent@acme.example");
        assertThat(verdict.figures())
                .contains(
                        "HR read: 1 row rejected, so the read is partial: inferred " + "removals HELD",
                        "removals by evidence: 1 leaver(s), 1 mover(s), 1 not matching the rule; "
                                + "inferred: 1 not in HR, 0 on a vanished value");
    }

    @Test
    void aShrunkenHeadcountHoldsInferredRemovalsButNotLeavers() {
        source = new SourceHealth(0, new SourceHealth.Headcount(700, STEADY.byDepartment()), Optional.of(STEADY));
        removal("g-sales", "absent", Basis.ABSENT);
        removal("g-sales", "leaver", Basis.LEFT);

        assertThat(judge().plan().changes())
                .extracting(PlannedChange::email, PlannedChange::outcome)
                .containsExactlyInAnyOrder(
                        tuple("absent@acme.example", Outcome.HELD), tuple("leaver@acme.example", Outcome.PLANNED));
    }

    @Test
    void removalsOnAVanishedValueAreHeldEvenOnACleanRead() {
        removal("g-sales", "renamed", Basis.VANISHED);

        Guard.Verdict verdict = judge();

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(1);
        assertThat(verdict.plan().changes().get(0).reason())
                .endsWith("; held: a value this group's rule depends on vanished from the HR read");
    }

    @Test
    void theLeaverLimitHoldsAMassTerminationWhileEachGroupPasses() {
        members.putAll(Map.of("g-a", 1000, "g-b", 1000, "g-c", 1000));
        source = new SourceHealth(0, new SourceHealth.Headcount(3000, STEADY.byDepartment()), Optional.of(STEADY));
        for (String g : List.of("g-a", "g-b", "g-c")) {
            for (int i = 0; i < 7; i++) {
                removal(g, g + "-leaver-" + i, Basis.LEFT);
            }
        }
        removal("g-a", "absent", Basis.ABSENT);

        Guard.Verdict verdict = judge();

        assertThat(verdict.plan().changes())
                .filteredOn(c -> c.outcome() == Outcome.HELD)
                .hasSize(21)
                .allSatisfy(c -> assertThat(c.reason()).endsWith("; held: leavers this run exceed the leaver limit"));
        assertThat(verdict.figures()).contains("leavers this run: 21 of 3021 people (1%), limits 20 / 5%: HELD");
    }

    @Test
    void theLeaverShareCountsPeopleNotMemberships() {
        source = new SourceHealth(0, new SourceHealth.Headcount(60, STEADY.byDepartment()), Optional.of(STEADY));
        for (int i = 0; i < 4; i++) {
            removal("g-sales", "leaver-" + i, Basis.LEFT);
            removal("g-fin", "leaver-" + i, Basis.LEFT);
        }

        Guard.Verdict verdict = judge();

        assertThat(verdict.figures()).contains("leavers this run: 4 of 64 people (6%), limits 20 / 5%: HELD");
        assertThat(held(verdict, Action.REMOVE)).isEqualTo(8);
    }

    @Test
    void aNormalWeekOfLeaversGoesOut() {
        for (int i = 0; i < 3; i++) {
            removal("g-sales", "leaver-" + i, Basis.LEFT);
        }

        Guard.Verdict verdict = judge();

        assertThat(verdict.held()).isFalse();
        assertThat(verdict.figures()).contains("leavers this run: 3 of 1003 people (0%), limits 20 / 5%: passed");
    }

    @Test
    void everyHoldThatAppliesIsNamedNotOnlyTheFirst() {
        source = new SourceHealth(2, STEADY, Optional.of(STEADY));
        members.put("g-fin", 20);
        for (int i = 0; i < 5; i++) {
            removal("g-fin", "absent-" + i, Basis.ABSENT);
        }

        Guard.Verdict verdict = judge();

        assertThat(verdict.plan().changes())
                .allSatisfy(c -> assertThat(c.reason())
                        .endsWith("; held: the HR read was "
                                + "partial (2 rows rejected); removals in g-fin exceed the group limit"));
        assertThat(verdict.figures())
                .contains(
                        "HR read: 2 rows rejected, so the read is partial: inferred " + "removals HELD",
                        "largest removal share: 25% in g-fin (5 of 20), limits 10 / 20%: HELD");
    }

    @Test
    void theFirstRunShowsTheRejectedRecordsToo() {
        source = new SourceHealth(1, STEADY, Optional.empty());
        removal("g-sales", "absent", Basis.ABSENT);

        Guard.Verdict verdict = judge();

        assertThat(verdict.plan().changes().get(0).reason())
                .endsWith("; held: first run: removals wait for an admin's "
                        + "review; the HR read was partial (1 row rejected)");
        assertThat(verdict.figures())
                .contains(
                        "no earlier successful run to compare the HR source with: removals "
                                + "HELD for a first review",
                        "HR read: 1 row rejected, so the read is partial: inferred removals " + "HELD");
    }

    @Test
    void removalsEventRunsAppliedInTheWindowCountTowardTheRunLimit() {
        removals("g-sales", 1);
        Window earlier = new Window(Duration.ofHours(1), Map.of("g-sales", 5, "g-fin", 45), Map.of());

        Guard.Verdict verdict = Guard.judge(new Plan(changes), members, source, LIMITS, earlier);

        assertThat(held(verdict, Action.REMOVE)).isEqualTo(1);
        assertThat(verdict.figures())
                .contains("removals this run: 1 (+50 by event runs in the last 60 min) of 204 "
                        + "members (25%), limits 50 / 10%: HELD");
        assertThat(verdict.plan().changes())
                .first()
                .extracting(PlannedChange::reason)
                .asString()
                .endsWith("; held: removals this run exceed the run limit together with event runs in the window");
    }

    @Test
    void removalsEventRunsAppliedToAGroupCountTowardItsGroupLimit() {
        removals("g-fin", 1);
        removals("g-sales", 1);
        Window earlier = new Window(Duration.ofHours(1), Map.of("g-fin", 10), Map.of());

        Guard.Verdict verdict = Guard.judge(new Plan(changes), members, source, LIMITS, earlier);

        assertThat(verdict.plan().changes())
                .extracting(PlannedChange::groupId, PlannedChange::outcome)
                .containsExactly(tuple("g-fin", Outcome.HELD), tuple("g-sales", Outcome.PLANNED));
        assertThat(verdict.figures()).contains("largest removal share: 18% in g-fin (11 of 60), limits 10 / 20%: HELD");
    }

    @Test
    void addsEventRunsAppliedInTheWindowCountTowardTheAddLimit() {
        adds("g-sales", 2);
        Window earlier = new Window(Duration.ofMinutes(30), Map.of(), Map.of("g-fin", 499));

        Guard.Verdict verdict = Guard.judge(new Plan(changes), members, source, LIMITS, earlier);

        assertThat(held(verdict, Action.ADD)).isEqualTo(2);
        assertThat(verdict.figures())
                .contains("adds this run: 2 (+499 by event runs in the last 30 min), limit 500: HELD");
    }

    @Test
    void anEmptyWindowJudgesLikeARunOfItsOwn() {
        removals("g-sales", 3);

        assertThat(Guard.judge(new Plan(changes), members, source, LIMITS, Window.NONE))
                .isEqualTo(Guard.judge(new Plan(changes), members, source, LIMITS));
    }

    private void removal(String group, String who, Basis basis) {
        changes.add(new PlannedChange(
                group,
                group,
                Action.REMOVE,
                "u-" + who,
                who + "@acme.example",
                "E-" + who,
                basis.name().toLowerCase(),
                Outcome.PLANNED,
                basis));
    }

    private Guard.Verdict judge() {
        return Guard.judge(new Plan(changes), members, source, LIMITS);
    }

    private void removals(String group, int n) {
        for (int i = 0; i < n; i++) {
            changes.add(new PlannedChange(
                    group,
                    group,
                    Action.REMOVE,
                    group + "-old-" + i,
                    "old" + i + "@acme.example",
                    null,
                    "not in the HR source",
                    Outcome.PLANNED,
                    Basis.ABSENT));
        }
    }

    private void adds(String group, int n) {
        for (int i = 0; i < n; i++) {
            changes.add(new PlannedChange(
                    group,
                    group,
                    Action.ADD,
                    group + "-new-" + i,
                    "new" + i + "@acme.example",
                    "E" + i,
                    "department " + group,
                    Outcome.PLANNED,
                    Basis.RULE));
        }
    }

    private static long held(Guard.Verdict verdict, Action action) {
        return verdict.plan().changes().stream()
                .filter(c -> c.action() == action && c.outcome() == Outcome.HELD)
                .count();
    }
}
