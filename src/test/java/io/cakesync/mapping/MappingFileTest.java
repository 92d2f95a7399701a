package io.cakesync.mapping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.cakesync.mapping.MappingFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class MappingFileTest {
    @TempDir
    Path dir;

    private List<String> problemsOf(String yaml) {
        return problemsOf(write(dir, yaml));
    }

    private static List<String> problemsOf(Path file) {
        return catchThrowableOfType(MappingException.class, () -> MappingFile.parse(file))
                .problems();
    }

    @Test
    void readsGroupsByNameOrIdWithDepartmentsInBlockAndFlowStyle() {
        Path file = write(dir, """
                groups:
                  - group: Sales EMEA
                    departments:
                      - Sales EMEA
                      - "Sales, Marketing & Events"
                      - Vertrieb Süd
                  - group: 6f1c2a34-0000-4000-8000-00000000abcd
                    departments: [Finance, Controlling]
                """);

        assertThat(MappingFile.parse(file))
                .extracting(MappingEntry::group, MappingEntry::departments, MappingEntry::line)
                .containsExactly(
                        tuple("Sales EMEA", List.of("Sales EMEA", "Sales, Marketing & Events", "Vertrieb Süd"), 2),
                        tuple("6f1c2a34-0000-4000-8000-00000000abcd", List.of("Finance", "Controlling"), 7));
    }

    @Test
    void readsTheModeAndProtectedMembersOfAGroup() {
        Path file = write(dir, """
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                    mode: managed-only
                    protected: [breakglass@acme.example, 6f1c2a34-0000-4000-8000-00000000abcd]
                """);

        assertThat(MappingFile.parse(file))
                .extracting(
                        MappingEntry::group,
                        MappingEntry::departments,
                        MappingEntry::mode,
                        MappingEntry::protectedMembers)
                .containsExactly(tuple(
                        "Sales EMEA",
                        List.of("Sales EMEA"),
                        GroupMode.MANAGED_ONLY,
                        List.of("breakglass@acme.example", "6f1c2a34-0000-4000-8000-00000000abcd")));
    }

    @Test
    void reportsAnUnknownModeAndAProtectedValueThatIsNotAList() {
        assertThat(problemsOf("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                    mode: mirror
                    protected: breakglass@acme.example
                """))
                .containsExactly(
                        "line 4: 'mode' of group 'Sales EMEA' must be one of authoritative, managed-only, additive, "
                                + "found 'mirror'",
                        "line 5: 'protected' of group 'Sales EMEA' must be a list, found 'breakglass@acme.example'");
    }

    @Test
    void takesValuesAsWrittenNotAsYamlNumbersOrBooleans() {
        Path file = write(dir, """
                groups:
                  - group: 0123
                    departments: [Yes, 0042, 'Quote''s "Team"']
                """);

        assertThat(MappingFile.parse(file))
                .extracting(MappingEntry::group, MappingEntry::departments)
                .containsExactly(tuple("0123", List.of("Yes", "0042", "Quote's \"Team\"")));
    }

    @Test
    void readsAFileWithAByteOrderMark() {
        Path file = write(dir, "\uFEFFgroups:\n  - group: Sales\n    departments: [Sales]\n");

        assertThat(MappingFile.parse(file)).extracting(MappingEntry::group).containsExactly("Sales");
    }

    @Test
    void reportsAMissingFileNamingIt() {
        Path missing = dir.resolve("nope.yaml");

        MappingException e = catchThrowableOfType(MappingException.class, () -> MappingFile.parse(missing));

        assertThat(e.file()).isEqualTo(missing);
        assertThat(e).hasMessage("mapping file " + missing + " has 1 problem(s):\n  the file does not exist");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws Exception {
        Path file = Files.write(
                dir.resolve("mapping.yaml"),
                "groups:\n  - group: Vertrieb Süd\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problemsOf(file)).containsExactly("the file is not valid UTF-8");
    }

    @Test
    void reportsAYamlSyntaxErrorWithLineAndColumn() {
        assertThat(problemsOf("groups:\n  - group: Sales\n    departments: [Sales\n  - group: X\n"))
                .singleElement()
                .asString()
                .startsWith("line 4, column 10: YAML syntax error: while parsing a flow sequence");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(problemsOf("\n# nothing mapped yet\n"))
                .containsExactly("the file is empty; it needs a top-level 'groups' list");
    }

    @Test
    void reportsATopLevelThatIsNotAMap() {
        assertThat(problemsOf("- group: Sales\n  departments: [Sales]\n"))
                .containsExactly("line 1: the top level must be a map with a 'groups' list, found a list");
    }

    @Test
    void reportsAMissingGroupsListAndUnknownTopLevelKeys() {
        assertThat(problemsOf("group:\n  - group: Sales\n    departments: [Sales]\n"))
                .containsExactly(
                        "line 1: unknown top-level key 'group' (allowed: groups)",
                        "line 1: the top level has no 'groups' list");
    }

    @Test
    void reportsGroupsThatIsNotAList() {
        assertThat(problemsOf("groups:\n  group: Sales\n"))
                .containsExactly("line 2: 'groups' must be a list of entries, found a map");
    }

    @Test
    void reportsAnEmptyGroupsList() {
        assertThat(problemsOf("groups: []\n")).containsExactly("line 1: 'groups' is empty; add at least one entry");
    }

    @Test
    void reportsAnEntryThatIsNotAMap() {
        assertThat(problemsOf("groups:\n  - Sales EMEA\n"))
                .containsExactly(
                        "line 2: each entry of 'groups' must be a map with 'group' and 'departments', found 'Sales EMEA'");
    }

    @Test
    void reportsAnEntryWithoutGroup() {
        assertThat(problemsOf("groups:\n  - departments: [Sales]\n"))
                .containsExactly("line 2: entry has no 'group' (the Cakewalk group's exact name or id)");
    }

    @Test
    void reportsAnEmptyGroupValue() {
        assertThat(problemsOf("groups:\n  - group:\n    departments: [Sales]\n"))
                .containsExactly("line 2: 'group' must be a Cakewalk group name or id, found nothing");
    }

    @Test
    void reportsAMisspelledKeyNamingTheAllowedOnes() {
        assertThat(problemsOf("groups:\n  - group: Sales\n    departmnets: [Sales]\n"))
                .containsExactly(
                        "line 2: group 'Sales' has no rule: give 'departments', 'where' or 'any' (or 'include' for members HR "
                                + "does not list)",
                        "line 3: unknown key 'departmnets' (allowed: group, departments, where, any, include, exclude, mode, "
                                + "protected)");
    }

    @Test
    void reportsDepartmentsThatAreNotAList() {
        assertThat(problemsOf("groups:\n  - group: Sales\n    departments: Sales EMEA\n"))
                .containsExactly(
                        "line 3: 'departments' of group 'Sales' must be a list of department names, found 'Sales EMEA'");
    }

    @Test
    void reportsAnEmptyDepartmentsList() {
        assertThat(problemsOf("groups:\n  - group: Sales\n    departments: []\n"))
                .containsExactly("line 3: 'departments' of group 'Sales' is empty; list at least one department");
    }

    @Test
    void reportsDepartmentsThatAreNotNames() {
        assertThat(problemsOf("groups:\n  - group: Sales\n    departments:\n      - [Sales]\n      -\n"))
                .containsExactly(
                        "line 4: a department of group 'Sales' must be a name, found a list",
                        "line 5: a department of group 'Sales' must be a name, found nothing");
    }

    @Test
    void reportsADepartmentListedTwiceInOneEntryIgnoringCaseAndSpacing() {
        assertThat(problemsOf(
                        "groups:\n  - group: Sales\n    departments:\n      - Sales EMEA\n      - \" sales  emea\"\n"))
                .containsExactly(
                        "line 5: department 'sales  emea' is listed twice for group 'Sales' (first on line 4)");
    }

    @Test
    void reportsAKeyGivenTwiceInOneEntry() {
        assertThat(problemsOf("groups:\n  - group: Sales\n    group: Finance\n    departments: [Sales]\n"))
                .containsExactly("line 3: 'group' appears twice in this entry");
    }

    @Test
    void reportsEveryProblemOfTheFileTogether() {
        Path file = write(dir, """
                groups:
                  - group: Sales
                    departmnets: [Sales]
                  - group: Finance
                    departments: []
                  - Controlling
                """);

        MappingException e = catchThrowableOfType(MappingException.class, () -> MappingFile.parse(file));

        assertThat(e)
                .hasMessage(
                        "mapping file " + file + " has 4 problem(s):\n"
                                + "  line 2: group 'Sales' has no rule: give 'departments', 'where' or 'any' (or 'include' for members "
                                + "HR does not list)\n"
                                + "  line 3: unknown key 'departmnets' (allowed: group, departments, where, any, include, exclude, mode, "
                                + "protected)\n"
                                + "  line 5: 'departments' of group 'Finance' is empty; list at least one department\n"
                                + "  line 6: each entry of 'groups' must be a map with 'group' and 'departments', found 'Controlling'");
    }
}
