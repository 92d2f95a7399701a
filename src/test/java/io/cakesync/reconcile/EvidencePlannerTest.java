package io.cakesync.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.Block;
import io.cakesync.mapping.Condition;
import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.Rule;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.RejectedRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The planner with rules on attributes: who belongs, why, and what each removal rests on. */
class EvidencePlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final Condition BERLIN = new Condition("office", Condition.Operator.EQUALS, List.of("Berlin"), 5);
    private static final MappedGroup BERLIN_ENGINEERS = group(
            "g-ber",
            "Engineering Berlin",
            new Rule(List.of(new Block(List.of("Engineering"), List.of(BERLIN), 3, null)), List.of(), List.of(), 0, 0));
    private static final MappedGroup TEAM = new MappedGroup("g-team", "Team", List.of("Team"));

    private final List<Employee> employees = new ArrayList<>();
    private final List<RejectedRecord> rejected = new ArrayList<>();
    private final Map<String, CakewalkUser> users = new HashMap<>();
    private final Map<String, List<CakewalkUser>> members = new HashMap<>();
    private final Map<String, PreviousEmployee> previous = new HashMap<>();

    @Test
    void addsWhoMatchesTheRuleNamingTheFacts() {
        employee("E1", "ada", "Engineering", EmployeeStatus.ACTIVE, "office", " Berlin ");
        employee("E2", "bo", "Engineering", EmployeeStatus.ACTIVE, "office", "Hamburg");
        employee("E3", "cy", "Sales", EmployeeStatus.ACTIVE, "office", "Berlin");
        user("ada");
        user("bo");
        user("cy");

        assertThat(plan(BERLIN_ENGINEERS).changes())
                .extracting(PlannedChange::email, PlannedChange::reason, PlannedChange::basis)
                .containsExactly(tuple(email("ada"), "department Engineering, office Berlin", Basis.RULE));
    }

    @Test
    void anyBlockAddsNamingTheBlockThatMatched() {
        MappedGroup finance = group(
                "g-fin",
                "Finance or controlling",
                new Rule(
                        List.of(
                                new Block(List.of("Finance"), List.of(), 4, "any #1 (line 4)"),
                                new Block(
                                        List.of(),
                                        List.of(new Condition(
                                                "cost_centre", Condition.Operator.EQUALS, List.of("4100", "4200"), 5)),
                                        5,
                                        "any #2 (line 5)")),
                        List.of(),
                        List.of(),
                        0,
                        0));
        employee("E1", "fin", "Finance", EmployeeStatus.ACTIVE);
        employee("E2", "ctl", "Sales", EmployeeStatus.ACTIVE, "cost_centre", "4200");
        employee("E3", "out", "Sales", EmployeeStatus.ACTIVE, "cost_centre", "4300");
        user("fin");
        user("ctl");
        user("out");

        assertThat(plan(finance).changes())
                .extracting(PlannedChange::email, PlannedChange::reason)
                .containsExactlyInAnyOrder(
                        tuple(email("fin"), "any #1 (line 4): department Finance"),
                        tuple(email("ctl"), "any #2 (line 5): cost_centre 4200"));
    }

    @Test
    void includeAddsSomeoneHrDoesNotListAndExcludeKeepsARuleFromAddingOrKeeping() {
        MappedGroup engineering = group(
                "g-eng",
                "Engineering",
                new Rule(
                        List.of(new Block(List.of("Engineering"), List.of(), 3, null)),
                        List.of("kim@partner.example", "lee@partner.example"),
                        List.of(email("ceo"), email("cto")),
                        4,
                        5));
        employee("E1", "ceo", "Engineering", EmployeeStatus.ACTIVE);
        employee("E2", "cto", "Engineering", EmployeeStatus.ACTIVE);
        user("ceo");
        CakewalkUser cto = user("cto");
        CakewalkUser kim = new CakewalkUser("u-kim", "Kim", "kim@partner.example", "Active");
        users.put(kim.email(), kim);
        members.put("g-eng", List.of(cto));

        assertThat(plan(engineering).changes())
                .extracting(PlannedChange::email, PlannedChange::action, PlannedChange::reason, PlannedChange::outcome)
                .containsExactlyInAnyOrder(
                        tuple(
                                "kim@partner.example",
                                Action.ADD,
                                "included by the mapping file (line 4)",
                                Outcome.PLANNED),
                        tuple(
                                "lee@partner.example",
                                Action.ADD,
                                "included by the mapping file (line 4); no Cakewalk " + "user with this email yet",
                                Outcome.DEFERRED),
                        tuple(email("cto"), Action.REMOVE, "excluded by the mapping file (line 5)", Outcome.PLANNED));
    }

    @Test
    void anIncludedLeaverDoesNotKeepAccess() {
        MappedGroup contractors =
                group("g-c", "Contractors", new Rule(List.of(), List.of(email("kim")), List.of(), 3, 0));
        employee("E9", "kim", "Partners", EmployeeStatus.TERMINATED);
        members.put("g-c", List.of(user("kim")));

        assertThat(plan(contractors).changes())
                .extracting(PlannedChange::reason, PlannedChange::basis)
                .containsExactly(tuple("status terminated", Basis.LEFT));
    }

    @Test
    void aMoverByAttributeLeavesSayingWhatChanged() {
        employee("E1", "ada", "Engineering", EmployeeStatus.ACTIVE, "office", "Hamburg");
        employee("E2", "bo", "Engineering", EmployeeStatus.ACTIVE, "office", "Berlin");
        previous("E1", "ada", "Engineering", "office", "Berlin");
        previous("E2", "bo", "Engineering", "office", "Berlin");
        members.put("g-ber", List.of(user("ada"), user("bo")));

        assertThat(plan(BERLIN_ENGINEERS).changes())
                .extracting(PlannedChange::email, PlannedChange::reason, PlannedChange::basis)
                .containsExactly(tuple(email("ada"), "left: office changed Berlin → Hamburg", Basis.MOVED));
    }

    @Test
    void aRecordThatNeverMatchedIsEvidenceToo() {
        employee("E1", "ada", "Engineering", EmployeeStatus.ACTIVE, "office", "Hamburg");
        employee("E2", "bo", "Engineering", EmployeeStatus.ACTIVE, "office", "Berlin");
        members.put("g-ber", List.of(user("ada"), user("bo")));

        assertThat(plan(BERLIN_ENGINEERS).changes())
                .extracting(PlannedChange::reason, PlannedChange::basis)
                .containsExactly(tuple("does not match this group's rule (office Hamburg)", Basis.MISMATCH));
    }

    @Test
    void leaversRestOnEvidenceAbsentMembersOnInference() {
        employee("E1", "ada", "Team", EmployeeStatus.TERMINATED);
        employee("E2", "bo", "Team", EmployeeStatus.INACTIVE);
        members.put("g-team", List.of(user("ada"), user("bo"), user("ghost")));

        assertThat(plan(TEAM).changes())
                .extracting(PlannedChange::email, PlannedChange::basis)
                .containsExactlyInAnyOrder(
                        tuple(email("ada"), Basis.LEFT),
                        tuple(email("bo"), Basis.LEFT),
                        tuple(email("ghost"), Basis.ABSENT));
    }

    @Test
    void aMemberWhoseOwnRecordWasRejectedIsKeptWhileOthersLeave() {
        employee("E1", "ada", "Team", EmployeeStatus.TERMINATED);
        rejected.add(new RejectedRecord("line 3", "E2", email("bo"), "unknown status 'gone'"));
        members.put("g-team", List.of(user("ada"), user("bo")));

        assertThat(plan(TEAM).changes())
                .extracting(PlannedChange::email, PlannedChange::outcome)
                .containsExactlyInAnyOrder(tuple(email("ada"), Outcome.PLANNED), tuple(email("bo"), Outcome.SKIPPED));
    }

    @Test
    void aDepartmentThatVanishedMakesItsRemovalsInferred() {
        for (String who : List.of("ada", "bo")) {
            employee("E-" + who, who, "Teams", EmployeeStatus.ACTIVE);
            previous.put("E-" + who, new PreviousEmployee(email(who), "Team"));
        }
        employee("E-cy", "cy", "Team", EmployeeStatus.TERMINATED);
        members.put("g-team", List.of(user("ada"), user("bo")));
        previous.put("E-cy", new PreviousEmployee(email("cy"), "Team"));

        assertThat(plan(TEAM).changes())
                .extracting(PlannedChange::reason, PlannedChange::basis)
                .containsOnly(tuple(
                        "moved from Team to Teams; no one in the HR read matches this group's rule any more",
                        Basis.VANISHED));
    }

    @Test
    void aValueThatVanishedMakesTheMoveAnInference() {
        MappedGroup both = group(
                "g-eng",
                "Engineering",
                new Rule(
                        List.of(new Block(List.of("Engineering", "QA"), List.of(), 3, null)),
                        List.of(),
                        List.of(),
                        0,
                        0));
        employee("E1", "ada", "Engineering", EmployeeStatus.ACTIVE);
        for (String who : List.of("bo", "cy")) {
            employee("E-" + who, who, "Quality", EmployeeStatus.ACTIVE);
            previous.put("E-" + who, new PreviousEmployee(email(who), "QA"));
        }
        members.put("g-eng", List.of(user("ada"), user("bo"), user("cy")));

        assertThat(plan(both).changes())
                .extracting(PlannedChange::reason, PlannedChange::basis)
                .containsOnly(tuple(
                        "moved from QA to Quality; department QA no longer appears in the HR read", Basis.VANISHED));
    }

    @Test
    void theOnlyPersonLeavingAValueIsAMover() {
        employee("E1", "ada", "Finance", EmployeeStatus.ACTIVE);
        employee("E2", "bo", "Team", EmployeeStatus.ACTIVE);
        previous.put("E1", new PreviousEmployee(email("ada"), "Legal"));
        MappedGroup legal = new MappedGroup("g-legal", "Legal", List.of("Legal", "Team"));
        members.put("g-legal", List.of(user("ada"), user("bo")));

        assertThat(plan(legal).changes())
                .extracting(PlannedChange::reason, PlannedChange::basis)
                .containsExactly(tuple("moved from Legal to Finance", Basis.MOVED));
    }

    @Test
    void adoptedMembersLeaveOnAnAttributeChangeButNotOnAMismatch() {
        MappedGroup adopted = group("g-ber", "Engineering Berlin", BERLIN_ENGINEERS.rule());
        employee("E1", "ada", "Engineering", EmployeeStatus.ACTIVE, "office", "Hamburg");
        employee("E2", "bo", "Engineering", EmployeeStatus.ACTIVE, "office", "Hamburg");
        employee("E3", "cy", "Engineering", EmployeeStatus.ACTIVE, "office", "Berlin");
        previous("E1", "ada", "Engineering", "office", "Berlin");
        members.put("g-ber", List.of(user("ada"), user("bo"), user("cy")));

        Plan plan = Planner.plan(new PlanInput(
                List.of(adopted),
                employees,
                rejected,
                users,
                members,
                previous,
                new StatusPolicy(true, Set.of()),
                Map.of("g-ber", Map.of("u-ada", "ADOPTED", "u-bo", "ADOPTED")),
                Set.of(),
                Duration.ZERO,
                NOW));

        assertThat(plan.changes()).extracting(PlannedChange::email).containsExactly(email("ada"));
    }

    private Plan plan(MappedGroup... groups) {
        return Planner.plan(new PlanInput(
                List.of(groups),
                employees,
                rejected,
                users,
                members,
                previous,
                new StatusPolicy(true, Set.of("Deactivated")),
                Map.of(),
                Set.of(),
                Duration.ZERO,
                NOW));
    }

    private static MappedGroup group(String id, String name, Rule rule) {
        return new MappedGroup(id, name, rule, GroupMode.AUTHORITATIVE, Set.of());
    }

    private void employee(String id, String who, String department, EmployeeStatus status, String... attributes) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1].strip());
        }
        employees.add(
                new Employee(id, email(who), who, "L", department, status, "line " + (employees.size() + 2), values));
    }

    private void previous(String id, String who, String department, String attribute, String value) {
        previous.put(id, new PreviousEmployee(email(who), department, null, null, Map.of(attribute, value)));
    }

    private CakewalkUser user(String who) {
        CakewalkUser u = new CakewalkUser("u-" + who, who, email(who), "Active");
        users.put(u.email(), u);
        return u;
    }

    private static String email(String who) {
        return who + "@acme.example";
    }
}
