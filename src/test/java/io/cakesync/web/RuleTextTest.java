package io.cakesync.web;

import org.junit.jupiter.api.Test;

import io.cakesync.mapping.MappingFile;
import io.cakesync.mapping.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/** A group's rule in one line of the groups page, as the mapping file writes it. */
class RuleTextTest {

    @Test
    void saysEveryConditionOfABlockWithItsOperator() {
        Rule rule = rule("""
                groups:
                  - group: Engineering Berlin
                    departments: [Engineering, "R&D, Berlin"]
                    where:
                      office: [Berlin, München]
                      employment_type: {not: [External, Intern]}
                      job_title: {startsWith: [Head of]}
                      manager_email: {exists: false}
                """);

        assertThat(RuleText.of(rule))
                .isEqualTo("departments Engineering, \"R&D, Berlin\"; office Berlin or München; "
                        + "employment_type not External or Intern; job_title starting with Head of; no manager_email");
    }

    @Test
    void joinsTheBlocksOfAnyAndCountsIncludesAndExcludes() {
        Rule rule = rule("""
                groups:
                  - group: Finance or controlling
                    any:
                      - departments: [Finance]
                      - where: {cost_centre: [4100, 4200]}
                    include: [kim@partner.example, lee@partner.example]
                    exclude: [ceo@acme.example]
                """);

        assertThat(RuleText.of(rule))
                .isEqualTo("department Finance — or — cost_centre 4100 or 4200; "
                        + "2 people included; 1 person excluded");
    }

    private static Rule rule(String yaml) {
        MappingFile.Parsed parsed = MappingFile.ofText(yaml);
        assertThat(parsed.problems()).isEmpty();
        return parsed.entries().get(0).rule();
    }
}
