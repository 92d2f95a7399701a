package io.cakesync.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.RejectedRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlannerTest {
    private static final MappedGroup SALES = new MappedGroup("g-sales", "Sales EMEA", List.of("Sales EMEA"));
    private static final MappedGroup FINANCE = new MappedGroup("g-fin", "Finance", List.of("Finance", "Controlling"));
    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final StatusPolicy KEEP_ON_LEAVE = new StatusPolicy(true, Set.of("Deactivated", "Offboarding"));

    private final List<Employee> employees = new ArrayList<>();
    private final List<RejectedRecord> rejected = new ArrayList<>();
    private final Map<String, CakewalkUser> users = new HashMap<>();
    private final Map<String, List<CakewalkUser>> members = new HashMap<>();
    private final Map<String, PreviousEmployee> previous = new HashMap<>();
    private final Map<String, Map<String, String>> owned = new HashMap<>();
    private final Set<String> protectedMembers = new HashSet<>();
    private StatusPolicy policy = KEEP_ON_LEAVE;
    private Duration moverGrace = Duration.ZERO;

    @Test
    void addsActiveEmployeeOfMappedDepartment() {
        employee("E1", "alice@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        CakewalkUser alice = user("u-alice", "Alice@Acme.example", "Active");

        Plan plan = plan(SALES);

        assertThat(plan.changes())
                .extracting(PlannedChange::action, PlannedChange::userId, PlannedChange::reason, PlannedChange::outcome)
                .containsExactly(tuple(Action.ADD, alice.id(), "department Sales EMEA", Outcome.PLANNED));
    }

    @Test
    void plansNothingWhenGroupsMatchHr() {
        employee("E1", "alice@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        members(SALES, user("u-alice", "alice@acme.example", "Active"));

        assertThat(plan(SALES).changes()).isEmpty();
    }

    @Test
    void removesMemberWhoMovedToAnotherDepartment() {
        employee("E1", "bob@acme.example", "Finance", EmployeeStatus.ACTIVE);
        previous.put("E1", new PreviousEmployee("bob@acme.example", "Sales EMEA"));
        CakewalkUser bob = user("u-bob", "bob@acme.example", "Active");
        members(SALES, bob);

        Plan plan = plan(SALES, FINANCE);

        assertThat(plan.changes())
                .extracting(PlannedChange::groupId, PlannedChange::action, PlannedChange::reason)
                .containsExactlyInAnyOrder(
                        tuple("g-sales", Action.REMOVE, "moved from Sales EMEA to Finance"),
                        tuple("g-fin", Action.ADD, "department Finance"));
    }

    @Test
    void removesTerminatedEmployee() {
        employee("E2", "carol@acme.example", "Sales EMEA", EmployeeStatus.TERMINATED);
        members(SALES, user("u-carol", "carol@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::action, PlannedChange::reason, PlannedChange::employeeId)
                .containsExactly(tuple(Action.REMOVE, "status terminated", "E2"));
    }

    @Test
    void neverAddsAPreHireYet() {
        employee("E4", "dora@acme.example", "Sales EMEA", EmployeeStatus.PRE_HIRE);
        user("u-dora", "dora@acme.example", "Active");

        assertThat(plan(SALES).changes()).isEmpty();
    }

    @Test
    void removesAPreHireMemberAsStatusPreHire() {
        employee("E4", "dora@acme.example", "Sales EMEA", EmployeeStatus.PRE_HIRE);
        members(SALES, user("u-dora", "dora@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::action, PlannedChange::reason)
                .containsExactly(tuple(Action.REMOVE, "status pre-hire"));
    }

    @Test
    void removesMemberWhoIsNotInHr() {
        members(SALES, user("u-ghost", "ghost@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::action, PlannedChange::reason, PlannedChange::outcome)
                .containsExactly(tuple(Action.REMOVE, "not in the HR source", Outcome.PLANNED));
    }

    @Test
    void defersEmployeeWithoutCakewalkUser() {
        employee("E3", "new.hire@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::userId, PlannedChange::email, PlannedChange::outcome)
                .containsExactly(tuple(null, "new.hire@acme.example", Outcome.DEFERRED));
    }

    @Test
    void neverAddsDeactivatedCakewalkUser() {
        employee("E4", "dave@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        user("u-dave", "dave@acme.example", "Deactivated");

        Plan plan = plan(SALES);

        assertThat(plan.changes())
                .extracting(PlannedChange::outcome, PlannedChange::reason)
                .containsExactly(
                        tuple(Outcome.SKIPPED, "department Sales EMEA; not added: Cakewalk status is Deactivated"));
    }

    @Test
    void keepsEmployeeOnLeaveByDefault() {
        employee("E5", "erin@acme.example", "Sales EMEA", EmployeeStatus.LEAVE);
        members(SALES, user("u-erin", "erin@acme.example", "Active"));

        assertThat(plan(SALES).changes()).isEmpty();
    }

    @Test
    void removesEmployeeOnLeaveWhenPolicySaysSo() {
        policy = new StatusPolicy(false, Set.of());
        employee("E5", "erin@acme.example", "Sales EMEA", EmployeeStatus.LEAVE);
        members(SALES, user("u-erin", "erin@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::reason)
                .containsExactly("status leave (leave policy: remove)");
    }

    @Test
    void keepsMemberWhoseHrRowWasRejected() {
        rejected.add(new RejectedRecord("line 7", "E6", "frank@acme.example", "unknown status 'actve'"));
        members(SALES, user("u-frank", "frank@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::outcome, PlannedChange::reason)
                .containsExactly(
                        tuple(Outcome.SKIPPED, "kept: HR record at line 7 was rejected (unknown status 'actve')"));
    }

    @Test
    void keepsMemberWhoseRejectedRecordLostItsEmail() {
        previous.put("E7", new PreviousEmployee("gina@acme.example", "Sales EMEA"));
        rejected.add(new RejectedRecord("line 9", "E7", null, "missing email"));
        members(SALES, user("u-gina", "gina@acme.example", "Active"));

        assertThat(plan(SALES).changes()).extracting(PlannedChange::outcome).containsExactly(Outcome.SKIPPED);
    }

    @Test
    void neverRemovesMemberListedWithoutEmail() {
        members(SALES, new CakewalkUser("u-noemail", "No Email", null, "Active"));

        assertThat(plan(SALES).changes()).extracting(PlannedChange::outcome).containsExactly(Outcome.SKIPPED);
    }

    @Test
    void feedsOneDepartmentIntoSeveralGroupsAndSeveralDepartmentsIntoOne() {
        MappedGroup allFinance = new MappedGroup("g-all", "All Finance", List.of("Finance"));
        employee("E8", "hana@acme.example", "Controlling", EmployeeStatus.ACTIVE);
        employee("E9", "ivan@acme.example", "Finance", EmployeeStatus.ACTIVE);
        user("u-hana", "hana@acme.example", "Active");
        user("u-ivan", "ivan@acme.example", "Active");

        Plan plan = plan(FINANCE, allFinance);

        assertThat(plan.changes())
                .extracting(PlannedChange::groupId, PlannedChange::userId)
                .containsExactlyInAnyOrder(
                        tuple("g-fin", "u-hana"), tuple("g-fin", "u-ivan"), tuple("g-all", "u-ivan"));
    }

    @Test
    void matchesDepartmentsIgnoringCaseAndSpacing() {
        employee("E10", "jo@acme.example", "  sales   emea ", EmployeeStatus.ACTIVE);
        user("u-jo", "jo@acme.example", "Active");

        assertThat(plan(SALES).changes()).extracting(PlannedChange::userId).containsExactly("u-jo");
    }

    @Test
    void leavesUnmappedGroupsOutOfThePlan() {
        employee("E1", "alice@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        user("u-alice", "alice@acme.example", "Active");
        members.put("g-unmapped", List.of(user("u-x", "x@acme.example", "Active")));

        assertThat(plan(SALES).changes()).extracting(PlannedChange::groupId).containsOnly("g-sales");
    }

    @Test
    void neverRemovesProtectedMembers() {
        protectedMembers.add("breakglass@acme.example");
        MappedGroup sales = new MappedGroup(
                "g-sales", "Sales EMEA", List.of("Sales EMEA"), GroupMode.AUTHORITATIVE, Set.of("u-service"));
        members(
                sales,
                user("u-bg", "BreakGlass@acme.example", "Active"),
                user("u-service", "svc@acme.example", "Active"),
                user("u-ghost", "ghost@acme.example", "Active"));

        assertThat(plan(sales).changes()).extracting(PlannedChange::userId).containsExactly("u-ghost");
    }

    @Test
    void additiveGroupsNeverLoseMembers() {
        MappedGroup sales =
                new MappedGroup("g-sales", "Sales EMEA", List.of("Sales EMEA"), GroupMode.ADDITIVE, Set.of());
        employee("E1", "alice@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        user("u-alice", "alice@acme.example", "Active");
        members(sales, user("u-ghost", "ghost@acme.example", "Active"));

        assertThat(plan(sales).changes())
                .extracting(PlannedChange::action, PlannedChange::userId)
                .containsExactly(tuple(Action.ADD, "u-alice"));
    }

    @Test
    void managedOnlyGroupsLoseOnlyMembersCakesyncAdded() {
        MappedGroup sales =
                new MappedGroup("g-sales", "Sales EMEA", List.of("Sales EMEA"), GroupMode.MANAGED_ONLY, Set.of());
        owned.put("g-sales", Map.of("u-ours", "ADDED"));
        members(
                sales,
                user("u-ours", "ours@acme.example", "Active"),
                user("u-theirs", "theirs@acme.example", "Active"));

        assertThat(plan(sales).changes())
                .extracting(PlannedChange::userId, PlannedChange::reason)
                .containsExactly(tuple("u-ours", "not in the HR source"));
    }

    @Test
    void adoptedMembersLeaveOnlyOnAnHrEvent() {
        owned.put("g-sales", Map.of("u-curated", "ADOPTED", "u-leaver", "ADOPTED"));
        employee("E2", "leaver@acme.example", "Sales EMEA", EmployeeStatus.TERMINATED);
        members(
                SALES,
                user("u-curated", "curated@acme.example", "Active"),
                user("u-leaver", "leaver@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::userId, PlannedChange::reason)
                .containsExactly(tuple("u-leaver", "status terminated"));
    }

    @Test
    void moversKeepOldAccessDuringTheGracePeriod() {
        moverGrace = Duration.ofDays(7);
        employee("E1", "bob@acme.example", "Finance", EmployeeStatus.ACTIVE);
        previous.put("E1", new PreviousEmployee("bob@acme.example", "Sales EMEA"));
        members(SALES, user("u-bob", "bob@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::outcome, PlannedChange::reason)
                .containsExactly(tuple(
                        Outcome.SKIPPED,
                        "moved from Sales EMEA to Finance; keeps access until " + NOW.plus(moverGrace)
                                + " (mover grace period)"));
    }

    @Test
    void moversLoseOldAccessOnceTheGracePeriodIsOver() {
        moverGrace = Duration.ofDays(7);
        employee("E1", "bob@acme.example", "Finance", EmployeeStatus.ACTIVE);
        previous.put(
                "E1",
                new PreviousEmployee(
                        "bob@acme.example", "Finance", "Sales EMEA", NOW.minus(Duration.ofDays(8)), Map.of()));
        members(SALES, user("u-bob", "bob@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::outcome, PlannedChange::reason)
                .containsExactly(tuple(Outcome.PLANNED, "moved from Sales EMEA to Finance"));
    }

    @Test
    void leaversGetNoGracePeriod() {
        moverGrace = Duration.ofDays(7);
        employee("E2", "carol@acme.example", "Sales EMEA", EmployeeStatus.TERMINATED);
        members(SALES, user("u-carol", "carol@acme.example", "Active"));

        assertThat(plan(SALES).changes()).extracting(PlannedChange::outcome).containsExactly(Outcome.PLANNED);
    }

    @Test
    void matchesAnEmailChangeByEmployeeIdInsteadOfRemovingAndAdding() {
        employee("E1", "alice.smith@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        previous.put("E1", new PreviousEmployee("alice.jones@acme.example", "Sales EMEA"));
        members(SALES, user("u-alice", "alice.jones@acme.example", "Active"));

        assertThat(plan(SALES).changes())
                .extracting(PlannedChange::action, PlannedChange::userId, PlannedChange::outcome, PlannedChange::reason)
                .containsExactly(tuple(
                        Action.MATCH,
                        "u-alice",
                        Outcome.SKIPPED,
                        "email changed in HR from alice.jones@acme.example to "
                                + "alice.smith@acme.example; matched to the same Cakewalk user by employee id"));
    }

    @Test
    void neverAddsAUserWhoseCakewalkStatusIsUnknown() {
        employee("E4", "dave@acme.example", "Sales EMEA", EmployeeStatus.ACTIVE);
        users.put("dave@acme.example", new CakewalkUser("u-dave", "Dave", "dave@acme.example", null));

        assertThat(plan(SALES).changes()).extracting(PlannedChange::outcome).containsExactly(Outcome.SKIPPED);
    }

    private Plan plan(MappedGroup... groups) {
        return Planner.plan(new PlanInput(
                List.of(groups),
                employees,
                rejected,
                users,
                members,
                previous,
                policy,
                owned,
                protectedMembers,
                moverGrace,
                NOW));
    }

    private void employee(String id, String email, String department, EmployeeStatus status) {
        employees.add(new Employee(
                id, email, "First", "Last", department, status, "line " + (employees.size() + 2), Map.of()));
    }

    private CakewalkUser user(String id, String email, String status) {
        CakewalkUser u = new CakewalkUser(id, "Name of " + id, email, status);
        users.put(email.toLowerCase(), u);
        return u;
    }

    private void members(MappedGroup group, CakewalkUser... users) {
        members.put(group.groupId(), List.of(users));
    }
}
