package io.cakesync.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentsTest {

    @Test
    void treatsCaseSurroundingAndRepeatedWhitespaceAsTheSameDepartment() {
        assertThat(Departments.key("  Sales \t  EMEA "))
                .isEqualTo(Departments.key("sales emea"))
                .isEqualTo("sales emea");
    }

    @Test
    void treatsNoBreakSpacesAsSpaces() {
        assertThat(Departments.key("Sales\u00A0EMEA")).isEqualTo("sales emea");
    }

    @Test
    void treatsComposedAndDecomposedUmlautsAsTheSame() {
        assertThat(Departments.key("Vertrieb Su\u0308d")).isEqualTo(Departments.key("Vertrieb S\u00FCd"));
    }

    @Test
    void keepsPunctuationThatDistinguishesDepartments() {
        assertThat(Departments.key("Sales, Marketing & Events")).isEqualTo("sales, marketing & events");
        assertThat(Departments.key("Sales-EMEA")).isNotEqualTo(Departments.key("Sales EMEA"));
    }

    @Test
    void turnsNullIntoTheEmptyKey() {
        assertThat(Departments.key(null)).isEmpty();
    }
}
