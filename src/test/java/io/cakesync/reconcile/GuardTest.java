package io.cakesync.reconcile;

import io.cakesync.reconcile.vocabulary.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class GuardTest {
    private static final Limits LIMITS = new Limits(10, 20, 50, 10, 100, 500, 3, 20, true);
    private static final SourceHealth.Headcount STEADY = new SourceHealth.Headcount(1000,
            Map.of("Sales", 100, "Finance", 50));

    private final List<PlannedChange> changes = new ArrayList<>();
    private final Map<String, Integer> members = new HashMap<>(Map.of("g-sales", 100, "g-fin", 50, "g-small", 4));
    private SourceHealth source = new SourceHealth(0, STEADY, Optional.of(STEADY));

    @Test
    void passesAnOrdinaryPlan() {
        removals("g-sales", 3);
        adds("g-sales", 5);

        Guard.Verdict verdict = judge();

        assertThat(verdict.held()).isFalse();
        assertThat(verdict.figures()).contains("largest removal share: 3% in g-sales (3 of 100), limits 10 / 20%: passed",
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
        assertThat(verdict.plan().changes()).filteredOn(c -> c.action() == Action.REMOVE).first()
                .extracting(PlannedChange::reason).asString()
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

        Guard.Verdict verdict = Guard.judge(new Plan(changes), members, source,
                new Limits(10, 20, 50, 10, 100, 500, 3, 20, false));

        assertThat(verdict.held()).isFalse();
    }

    @Test
    void holdsRemovalsWhenTheActiveHeadcountShrank() {
        source = new SourceHealth(0, new SourceHealth.Headcount(700, Map.of("Sales", 100, "Finance", 50)),
                Optional.of(STEADY));
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

        assertThat(verdict.plan().changes()).filteredOn(c -> c.outcome() == Outcome.HELD)
                .extracting(PlannedChange::groupId).containsOnly("g-sales").hasSize(11);
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

    private Guard.Verdict judge() {
        return Guard.judge(new Plan(changes), members, source, LIMITS);
    }

    private void removals(String group, int n) {
        for (int i = 0; i < n; i++) {
            changes.add(new PlannedChange(group, group, Action.REMOVE, group + "-old-" + i, "old" + i + "@acme.example",
                    null, "not in the HR source", Outcome.PLANNED));
        }
    }

    private void adds(String group, int n) {
        for (int i = 0; i < n; i++) {
            changes.add(new PlannedChange(group, group, Action.ADD, group + "-new-" + i, "new" + i + "@acme.example",
                    "E" + i, "department " + group, Outcome.PLANNED));
        }
    }

    private static long held(Guard.Verdict verdict, Action action) {
        return verdict.plan().changes().stream()
                .filter(c -> c.action() == action && c.outcome() == Outcome.HELD).count();
    }
}
