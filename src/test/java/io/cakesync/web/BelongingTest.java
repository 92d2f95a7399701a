package io.cakesync.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cakesync.audit.GroupStates.Member;
import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.MappingFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Why someone is in a group, said from the group's rule and what HR last said about them. */
class BelongingTest {
    private static final MappedGroup ENGINEERING =
            new MappedGroup("g1", "Engineering", List.of("Engineering", "Qualitätssicherung"));

    @Test
    void anActiveEmployeeOfAFeedingDepartmentBelongsByThatDepartment() {
        Belonging why = Belonging.of(ENGINEERING, member("qualitätssicherung ", "active", null), true, Set.of());

        assertThat(why.byRule()).isTrue();
        assertThat(why.reason()).isEqualTo("department qualitätssicherung");
    }

    @Test
    void leaveCountsOnlyUnderTheKeepPolicy() {
        assertThat(Belonging.of(ENGINEERING, member("Engineering", "leave", null), true, Set.of())
                        .reason())
                .isEqualTo("department Engineering (on leave)");
        assertThat(Belonging.of(ENGINEERING, member("Engineering", "leave", null), false, Set.of())
                        .byRule())
                .isFalse();
    }

    @Test
    void aLeaverStillListedSaysTheNextRunRemovesThem() {
        Belonging why = Belonging.of(ENGINEERING, member("Engineering", "terminated", null), true, Set.of());

        assertThat(why.byRule()).isFalse();
        assertThat(why.reason()).startsWith("status terminated; not placed here by HR");
    }

    @Test
    void protectedAdditiveManagedOnlyAndAdoptedMembersSayWhyTheyAreKept() {
        Member stranger =
                new Member("u9", "Boss@Acme.example", "Boss", "Active", null, null, null, null, null, null, Map.of());
        assertThat(Belonging.of(ENGINEERING, stranger, true, Set.of("boss@acme.example"))
                        .reason())
                .isEqualTo("kept: protected member (not in the HR source)");
        assertThat(Belonging.of(mode(GroupMode.ADDITIVE), stranger, true, Set.of())
                        .reason())
                .startsWith("kept: additive group");
        assertThat(Belonging.of(mode(GroupMode.MANAGED_ONLY), stranger, true, Set.of())
                        .reason())
                .startsWith("kept: managed-only group");
        Member adopted = new Member(
                "u9", "boss@acme.example", "Boss", "Active", null, null, null, null, null, "ADOPTED", Map.of());
        assertThat(Belonging.of(ENGINEERING, adopted, true, Set.of()).reason()).startsWith("kept: adopted");
    }

    @Test
    void someoneInAnotherDepartmentIsNamedWithIt() {
        assertThat(Belonging.of(ENGINEERING, member("Sales EMEA", "active", null), true, Set.of())
                        .reason())
                .startsWith("department Sales EMEA does not feed this group");
    }

    @Test
    void aRuleOnAttributesNamesTheFactsThatMatchedOrFailed() {
        MappedGroup berlin = ruled("""
                groups:
                  - group: Engineering Berlin
                    departments: [Engineering]
                    where:
                      office: [Berlin]
                """);
        MappedGroup munich = ruled("""
                groups:
                  - group: Engineering Munich
                    departments: [Engineering]
                    where:
                      office: [München]
                """);

        assertThat(Belonging.of(berlin, member("Engineering", "active", null), true, Set.of())
                        .reason())
                .isEqualTo("department Engineering, office Berlin");
        Belonging elsewhere = Belonging.of(munich, member("Engineering", "active", null), true, Set.of());
        assertThat(elsewhere.byRule()).isFalse();
        assertThat(elsewhere.reason()).startsWith("does not match this group's rule (office Berlin)");
    }

    @Test
    void anExcludedPersonIsNotPlacedByTheRule() {
        MappedGroup group = ruled("""
                groups:
                  - group: Engineering
                    departments: [Engineering]
                    exclude: [amy@acme.example]
                """);

        Belonging why = Belonging.of(group, member("Engineering", "active", null), true, Set.of());

        assertThat(why.byRule()).isFalse();
        assertThat(why.reason()).startsWith("excluded by the mapping file (line 4)");
    }

    @Test
    void anIncludedGuestBelongsWithoutAnHrRecordButAnIncludedLeaverDoesNot() {
        MappedGroup group = ruled("""
                groups:
                  - group: Engineering
                    departments: [Engineering]
                    include: [amy@acme.example]
                """);
        Member guest =
                new Member("u1", "amy@acme.example", "Amy", "Active", null, null, null, null, null, null, Map.of());

        assertThat(Belonging.of(group, guest, true, Set.of()).reason())
                .isEqualTo("included by the mapping file (line 4)");
        Belonging leaver = Belonging.of(group, member("Sales EMEA", "terminated", null), true, Set.of());
        assertThat(leaver.byRule()).isFalse();
        assertThat(leaver.reason()).startsWith("status terminated");
    }

    private static MappedGroup ruled(String yaml) {
        var entry = MappingFile.ofText(yaml).entries().get(0);
        return new MappedGroup("g1", entry.group(), entry.rule(), entry.mode(), Set.of());
    }

    private static MappedGroup mode(GroupMode mode) {
        return new MappedGroup("g1", "Engineering", List.of("Engineering"), mode, Set.of());
    }

    private static Member member(String department, String status, String owned) {
        return new Member(
                "u1",
                "amy@acme.example",
                "Amy",
                "Active",
                "E1",
                "Amy",
                "A",
                department,
                status,
                owned,
                Map.of("office", "Berlin"));
    }
}
