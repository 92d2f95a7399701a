package io.cakesync.mapping;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MappingFeedsFromTest {
    private final MappedGroup sales =
            new MappedGroup("g1", "Sales", List.of("Sales EMEA", "Sales, Marketing & Events", "Vertrieb S\u00FCd"));

    @Test
    void feedsFromItsDepartmentsIgnoringCaseSpacingAndUnicodeForm() {
        assertThat(sales.feedsFrom("  sales   emea ")).isTrue();
        assertThat(sales.feedsFrom("SALES, MARKETING & EVENTS")).isTrue();
        assertThat(sales.feedsFrom("Vertrieb Su\u0308d")).isTrue();
    }

    @Test
    void doesNotFeedFromOtherOrMissingDepartments() {
        assertThat(sales.feedsFrom("Sales")).isFalse();
        assertThat(sales.feedsFrom("Sales EMEA North")).isFalse();
        assertThat(sales.feedsFrom("")).isFalse();
        assertThat(sales.feedsFrom(null)).isFalse();
    }
}
