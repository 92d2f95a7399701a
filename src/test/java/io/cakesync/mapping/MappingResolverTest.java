package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cakesync.cakewalk.CakewalkGroup;

import static io.cakesync.mapping.MappingFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class MappingResolverTest {
    private static final CakewalkGroup SALES = new CakewalkGroup("g-sales", "Sales EMEA", "Cakewalk", false);
    private static final CakewalkGroup FINANCE = new CakewalkGroup("g-finance", "Finance", "Cakewalk", false);
    private static final CakewalkGroup OKTA = new CakewalkGroup("g-okta", "Engineering", "Okta", true);
    private static final CakewalkGroup ALL_A = new CakewalkGroup("g-all-1", "All staff", "Cakewalk", false);
    private static final CakewalkGroup ALL_B = new CakewalkGroup("g-all-2", "All staff", "Cakewalk", false);
    private static final List<CakewalkGroup> TENANT = List.of(SALES, FINANCE, OKTA, ALL_A, ALL_B);

    @TempDir
    Path dir;

    private List<MappedGroup> load(String yaml) {
        return MappingResolver.load(write(dir, yaml), TENANT);
    }

    private List<String> problemsOf(String yaml) {
        return catchThrowableOfType(MappingException.class, () -> load(yaml)).problems();
    }

    @Test
    void resolvesGroupsByExactNameOrById() {
        List<MappedGroup> mapped = load("""
                groups:
                  - group: Sales EMEA
                    departments: ["Sales, Marketing & Events", Vertrieb Süd]
                  - group: g-all-2
                    departments: [Sales, Finance]
                """);

        assertThat(mapped)
                .extracting(MappedGroup::groupId, MappedGroup::groupName, MappedGroup::departments)
                .containsExactly(
                        tuple("g-sales", "Sales EMEA", List.of("Sales, Marketing & Events", "Vertrieb Süd")),
                        tuple("g-all-2", "All staff", List.of("Sales", "Finance")));
    }

    @Test
    void letsOneDepartmentFeedSeveralGroups() {
        List<MappedGroup> mapped = load("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales]
                  - group: Finance
                    departments: [Sales]
                """);

        assertThat(mapped)
                .filteredOn(g -> g.feedsFrom("Sales"))
                .extracting(MappedGroup::groupId)
                .containsExactly("g-sales", "g-finance");
    }

    @Test
    void prefersAnIdOverAnotherGroupsName() {
        CakewalkGroup namedLikeAnId = new CakewalkGroup("g-x", "g-sales", "Cakewalk", false);
        List<MappingEntry> entries = List.of(entry("g-sales", List.of("Sales"), 2));

        assertThat(MappingResolver.resolve(dir.resolve("m.yaml"), entries, List.of(namedLikeAnId, SALES)))
                .extracting(MappedGroup::groupId)
                .containsExactly("g-sales");
    }

    @Test
    void matchesNamesCaseSensitivelyAndSuggestsTheCloseOne() {
        assertThat(problemsOf("groups:\n  - group: sales emea\n    departments: [Sales]\n"))
                .containsExactly("line 2: no Cakewalk group has the id or name 'sales emea'"
                        + " (names match exactly, including case; did you mean 'Sales EMEA'?)");
    }

    @Test
    void reportsAnUnknownGroup() {
        assertThat(problemsOf("groups:\n  - group: Marketing\n    departments: [Marketing]\n"))
                .containsExactly("line 2: no Cakewalk group has the id or name 'Marketing'");
    }

    @Test
    void reportsAnAmbiguousNameListingTheIds() {
        assertThat(problemsOf("groups:\n  - group: All staff\n    departments: [Sales]\n"))
                .containsExactly(
                        "line 2: 2 Cakewalk groups are named 'All staff' (ids g-all-1, g-all-2); use the id of the one to sync");
    }

    @Test
    void reportsAReadOnlyGroupWithItsSyncSource() {
        assertThat(problemsOf("groups:\n  - group: Engineering\n    departments: [Engineering]\n"))
                .containsExactly(
                        "line 2: group 'Engineering' (id g-okta) is read-only: it is synced from Okta, and IdP-synced groups"
                                + " cannot be written; map a group managed in Cakewalk instead");
    }

    @Test
    void reportsAGroupMappedTwiceEvenWhenOnceByIdAndOnceByName() {
        assertThat(problemsOf("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales]
                  - group: g-sales
                    departments: [Marketing]
                """))
                .containsExactly("line 4: group 'Sales EMEA' (id g-sales) is also mapped by the entry on line 2;"
                        + " list all its departments in one entry");
    }

    @Test
    void reportsFileAndGroupProblemsTogetherInLineOrder() {
        Path file = write(dir, """
                groups:
                  - group: Marketing
                    departments: [Marketing]
                  - group: Finance
                    departmnets: [Finance]
                  - group: Engineering
                    departments: [Engineering, engineering]
                """);

        MappingException e = catchThrowableOfType(MappingException.class, () -> MappingResolver.load(file, TENANT));

        assertThat(e.problems()).hasSize(5);
        assertThat(e.problems())
                .extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("line 2", "line 4", "line 5", "line 6", "line 7");
        assertThat(e)
                .hasMessageStartingWith("mapping file " + file + " has 5 problem(s):\n  line 2: no Cakewalk group");
    }

    @Test
    void resolveThrowsForProblemsInParsedEntries() {
        List<MappingEntry> entries = List.of(entry("Nope", List.of("Sales"), 3));

        MappingException e = catchThrowableOfType(
                MappingException.class, () -> MappingResolver.resolve(dir.resolve("m.yaml"), entries, TENANT));

        assertThat(e.problems()).containsExactly("line 3: no Cakewalk group has the id or name 'Nope'");
    }

    private static MappingEntry entry(String group, List<String> departments, int line) {
        return new MappingEntry(group, line, GroupMode.AUTHORITATIVE, List.of(), Rule.ofDepartments(departments));
    }
}
