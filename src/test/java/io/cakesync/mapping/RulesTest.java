package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.cakesync.mapping.MappingFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

/** What the rules of the mapping file match, read from YAML as an admin writes them. */
class RulesTest {
    @TempDir
    Path dir;

    @Test
    void aValueOrAListMatchesAnyOfItTrimmedAndIgnoringCase() {
        Rule rule = rule("where:\n  office: [Berlin, München]");

        assertThat(rule.matching("Sales", attributes("office", "  berlin "))).isPresent();
        assertThat(rule.matching("Sales", attributes("office", "MÜNCHEN"))).isPresent();
        assertThat(rule.matching("Sales", attributes("office", "Hamburg"))).isEmpty();
        assertThat(rule.matching("Sales", attributes())).isEmpty();
        assertThat(rule.matching("Sales", attributes("office", "  "))).isEmpty();
    }

    @Test
    void aSingleValueIsAListOfOne() {
        Rule rule = rule("where:\n  legal_entity: Acme GmbH");

        assertThat(rule.matching("Sales", attributes("legal_entity", "acme gmbh")))
                .isPresent();
        assertThat(rule.matching("Sales", attributes("legal_entity", "Acme Inc")))
                .isEmpty();
    }

    @Test
    void notMatchesAValueOutsideTheListButNeverAMissingOne() {
        Rule rule = rule("where:\n  employment_type: {not: [External, Intern]}");

        assertThat(rule.matching("Sales", attributes("employment_type", "Employee")))
                .isPresent();
        assertThat(rule.matching("Sales", attributes("employment_type", " external ")))
                .isEmpty();
        assertThat(rule.matching("Sales", attributes("employment_type", "INTERN")))
                .isEmpty();
        assertThat(rule.matching("Sales", attributes())).isEmpty();
    }

    @Test
    void startsWithMatchesAPrefixIgnoringCase() {
        Rule rule = rule("where:\n  job_title: {startsWith: [Head of, VP, Director]}");

        assertThat(rule.matching("Sales", attributes("job_title", "head of Sales")))
                .isPresent();
        assertThat(rule.matching("Sales", attributes("job_title", "VP Engineering")))
                .isPresent();
        assertThat(rule.matching("Sales", attributes("job_title", "Senior VP"))).isEmpty();
        assertThat(rule.matching("Sales", attributes())).isEmpty();
    }

    @Test
    void existsAsksWhetherTheRecordHasTheAttributeAtAll() {
        Rule managed = rule("where:\n  manager_email: {exists: true}");
        Rule unmanaged = rule("where:\n  manager_email: {exists: false}");

        assertThat(managed.matching("Sales", attributes("manager_email", "boss@acme.example")))
                .isPresent();
        assertThat(managed.matching("Sales", attributes("manager_email", " "))).isEmpty();
        assertThat(unmanaged.matching("Sales", attributes())).isPresent();
        assertThat(unmanaged.matching("Sales", attributes("manager_email", " ")))
                .isPresent();
        assertThat(unmanaged.matching("Sales", attributes("manager_email", "boss@acme.example")))
                .isEmpty();
    }

    @Test
    void theDepartmentAndEveryConditionMustHold() {
        Rule rule = rule("""
                departments: [Engineering, Platform]
                where:
                  office: [Berlin, München]
                  employment_type: {not: [External, Intern]}""");

        assertThat(rule.matching(" platform ", attributes("office", "Berlin", "employment_type", "Employee")))
                .isPresent();
        assertThat(rule.matching("Engineering", attributes("office", "Hamburg", "employment_type", "Employee")))
                .isEmpty();
        assertThat(rule.matching("Engineering", attributes("office", "Berlin", "employment_type", "External")))
                .isEmpty();
        assertThat(rule.matching("Sales", attributes("office", "Berlin", "employment_type", "Employee")))
                .isEmpty();
    }

    @Test
    void anyBlockMayMatchAndNumbersAreTakenAsWritten() {
        Rule rule = rule("""
                any:
                  - departments: [Finance]
                  - where: {cost_centre: [4100, 4200]}""");

        assertThat(rule.matching("Finance", attributes())).isPresent();
        assertThat(rule.matching("Sales", attributes("cost_centre", "4200"))).isPresent();
        assertThat(rule.matching("Sales", attributes("cost_centre", "4300"))).isEmpty();
    }

    @Test
    void aMatchNamesItsBlockAndTheFacts() {
        Rule berlin = rule("departments: [Engineering]\nwhere:\n  office: [Berlin]");
        Rule either = rule("any:\n  - departments: [Finance]\n  - where: {cost_centre: [4100]}");

        assertThat(berlin.matching("Engineering", attributes("office", "berlin"))
                        .orElseThrow()
                        .facts("Engineering", attributes("office", "berlin")))
                .isEqualTo("department Engineering, office berlin");
        assertThat(either.matching("Sales", attributes("cost_centre", "4100"))
                        .orElseThrow()
                        .facts("Sales", attributes("cost_centre", "4100")))
                .isEqualTo("any #2 (line 5): cost_centre 4100");
    }

    @Test
    void aMismatchSaysWhatKeptTheRecordOut() {
        Rule departments = rule("departments: [Engineering]");
        Rule berlin = rule("departments: [Engineering]\nwhere:\n  office: [Berlin]\n  employment_type: {exists: true}");

        assertThat(departments.mismatch("Sales", attributes())).isEqualTo("department Sales does not feed this group");
        assertThat(berlin.mismatch("Engineering", attributes("office", "Hamburg")))
                .isEqualTo("does not match this group's rule (office Hamburg, no employment_type)");
    }

    @Test
    void includeAndExcludeHoldNormalizedEmails() {
        Rule rule = rule("departments: [Engineering]\ninclude: [\" Contractor.Kim@Partner.example \"]\n"
                + "exclude: [CEO@acme.example]");

        assertThat(rule.include()).containsExactly("contractor.kim@partner.example");
        assertThat(rule.excludes("ceo@acme.example")).isTrue();
        assertThat(rule.includeLine()).isEqualTo(4);
        assertThat(rule.attributes()).isEmpty();
    }

    @Test
    void theRulesSayWhichAttributesTheyRead() {
        Mapping mapping = Mapping.read(write(dir, Examples.ISSUE_SHAPE));

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.attributes())
                .containsExactlyInAnyOrder("office", "employment_type", "job_title", "cost_centre");
    }

    private Rule rule(String body) {
        String indented = "    " + body.replace("\n", "\n    ");
        Mapping mapping = Mapping.read(write(dir, "groups:\n  - group: G\n" + indented + "\n"));
        assertThat(mapping.problems()).isEmpty();
        return MappingFile.parse(mapping.file()).get(0).rule();
    }

    private static Map<String, String> attributes(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /** Mapping texts several tests read. */
    static final class Examples {
        /** The shape the issue gives as the contract. */
        static final String ISSUE_SHAPE = """
                groups:
                  - group: Engineering Berlin
                    departments: [Engineering, Platform]     # as today: department is one of these
                    where:                                   # and every condition holds
                      office: [Berlin, München]              # equals one of these
                      employment_type: {not: [External, Intern]}
                  - group: People managers
                    where:
                      job_title: {startsWith: [Head of, VP, Director]}
                  - group: Finance or controlling
                    any:                                     # belongs if any block matches
                      - departments: [Finance]
                      - where: {cost_centre: [4100, 4200]}
                  - group: Engineering
                    departments: [Engineering]
                    include: [contractor.kim@partner.example]   # members though HR does not list them
                    exclude: [ceo@acme.example]                 # never added by a rule
                """;

        private Examples() {}
    }
}
