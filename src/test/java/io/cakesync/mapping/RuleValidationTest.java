package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cakesync.source.Attributes;

import static io.cakesync.mapping.MappingFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every problem of a rule is found at once, each with its line, before any source or Cakewalk is asked. */
class RuleValidationTest {
    @TempDir
    Path dir;

    @Test
    void acceptsTheContractShapeAndAnEntryThatOnlyIncludes() {
        assertThat(problemsOf(RulesTest.Examples.ISSUE_SHAPE)).isEmpty();
        assertThat(problemsOf("groups:\n  - group: Contractors\n    include: [kim@partner.example]\n"))
                .isEmpty();
    }

    @Test
    void reportsAnUnknownOperatorNamingTheAllowedOnes() {
        assertThat(problemsOf("""
                groups:
                  - group: G
                    where:
                      job_title: {contains: [Head]}
                """))
                .containsExactly(
                        "line 4: unknown operator 'contains' for 'job_title' in group 'G' (allowed: not, startsWith, exists)");
    }

    @Test
    void reportsEmptyBlocks() {
        assertThat(problemsOf("""
                groups:
                  - group: A
                    where: {}
                  - group: B
                    any:
                      - {}
                      - departments: [Finance]
                  - group: C
                    any: []
                """))
                .containsExactly(
                        "line 3: 'where' of group 'A' is empty; give at least one condition",
                        "line 6: block any #1 (line 6) of group 'B' is empty; give 'departments' or 'where'",
                        "line 9: 'any' of group 'C' is empty; list at least one block");
    }

    @Test
    void reportsConditionsWithoutAUsableValue() {
        assertThat(problemsOf("""
                groups:
                  - group: G
                    where:
                      office:
                      cost_centre: []
                      manager_email: {exists: maybe}
                      employment_type: {not: External, startsWith: Ext}
                """))
                .containsExactly(
                        "line 4: 'office' in group 'G' needs a value (use {exists: false} to ask for a missing one)",
                        "line 5: 'cost_centre' in group 'G' is an empty list; give at least one value",
                        "line 6: 'exists' of 'manager_email' in group 'G' must be true or false, found 'maybe'",
                        "line 7: 'employment_type' in group 'G' must have exactly one operator (not, startsWith, exists), found 2");
    }

    @Test
    void reportsAPersonBothIncludedAndExcludedAndIncludesThatAreNoEmails() {
        assertThat(problemsOf("""
                groups:
                  - group: Engineering
                    departments: [Engineering]
                    include:
                      - kim@partner.example
                      - not-an-email
                    exclude: [KIM@partner.example]
                """))
                .containsExactly(
                        "line 6: 'not-an-email' in 'include' of group 'Engineering' is not an email address",
                        "line 7: kim@partner.example is both included (line 5) and excluded for group 'Engineering'; "
                                + "keep it in one list");
    }

    @Test
    void reportsAnyNextToTopLevelBlocksAndCoreFieldsUsedAsAttributes() {
        assertThat(problemsOf("""
                groups:
                  - group: G
                    departments: [Finance]
                    any:
                      - departments: [Sales]
                  - group: H
                    where:
                      department: Sales
                      status: active
                """))
                .containsExactly(
                        "line 2: group 'G' has 'any' and also 'departments' or 'where'; put every block under 'any'",
                        "line 8: 'department' is not an attribute: list departments under 'departments' of group 'H'",
                        "line 9: 'status' is not an attribute a rule can use in group 'H'; who counts as working is set by "
                                + "sync.leave-policy");
    }

    @Test
    void reportsAnAttributeTheConfiguredSourceDoesNotProvide() {
        Mapping mapping = Mapping.read(write(dir, """
                groups:
                  - group: G
                    where:
                      office: Berlin
                      flavour: vanilla
                """)).checkedAgainst("personio", Attributes.STANDARD::contains);

        assertThat(mapping.problems())
                .containsExactly("line 5: attribute 'flavour' of group 'G' is not one the "
                        + "personio source provides (its attributes: office, cost_centre, employment_type, job_title, "
                        + "legal_entity, manager_email, start_date, end_date)");
    }

    @Test
    void reportsEveryProblemOfTheFileTogetherInLineOrder() {
        Path file = write(dir, """
                groups:
                  - group: Engineering Berlin
                    departments: [Engineering]
                    where:
                      office: {in: [Berlin]}
                  - group: People managers
                    where: {}
                  - group: Engineering
                    departments: [Engineering]
                    include: [kim@partner.example]
                    exclude: [kim@partner.example]
                """);

        MappingException e = catchThrowableOfType(
                MappingException.class, () -> Mapping.read(file).orThrow());

        assertThat(e.problems())
                .extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("line 5", "line 7", "line 11");
    }

    @Test
    void warnsOfAnIncludedEmailThatIsNoCakewalkUser() {
        Mapping mapping = Mapping.read(write(dir, """
                groups:
                  - group: Engineering
                    departments: [Engineering]
                    include: [kim@partner.example, lee@partner.example]
                """));

        assertThat(mapping.warnings(Set.of("lee@partner.example")))
                .containsExactly("line 4: kim@partner.example in "
                        + "'include' of group 'Engineering' is no Cakewalk user (yet); it is added once Cakewalk has a user "
                        + "with this email");
    }

    private List<String> problemsOf(String yaml) {
        return Mapping.read(write(dir, yaml)).problems();
    }
}
