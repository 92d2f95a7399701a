package io.cakesync.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.HrSnapshot;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.TargetedReport;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.Caches;
import io.cakesync.testing.History;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.events.Deliveries.email;
import static io.cakesync.events.Deliveries.employee;
import static io.cakesync.events.Deliveries.event;
import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Events turned into targeted runs: what is re-read, decided, sent and journaled, and what is retried. */
@QuarkusTest
@TestProfile(EventsProfile.class)
class EventRunTest {
    static final String SALES = id(401);
    static final String FINANCE = id(402);
    static final String ALICE = id(41);
    static final String BOB = id(42);
    static final String CAROL = id(43);
    static final String ZED = id(44);
    static final String GROUPS = "GET /api/v1/UsersGroups";
    static final String MARKETING = id(403);
    static final String ALICE_ROW = "E1,alice@acme.example,Alice,A,Sales EMEA,active";
    static final String BOB_ROW = "E2,bob@acme.example,Bob,B,Sales EMEA,active";
    static final String CAROL_ROW = "E3,carol@acme.example,Carol,C,Finance,active";
    static final String ZED_ROW = "E4,zed@acme.example,Zed,Z,Sales EMEA,active";

    @Inject
    EventProcessor processor;

    @Inject
    EventLog log;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    HrSnapshot hrSnapshot;

    @Inject
    DataSource dataSource;

    SandboxServer sandbox = SandboxResource.server();
    SandboxTenant tenant;
    TestClock clock;

    /** Converged by a full run: Sales has Alice, Bob and Zed, Finance has Carol. */
    @BeforeEach
    void convergedByAFullRun() {
        History.forget(dataSource);
        Deliveries.forgetEvents(dataSource);
        tenant = Tenant.reset();
        tenant.addUser(ALICE, "Alice", "alice@acme.example", "Active", "User");
        tenant.addUser(BOB, "Bob", "bob@acme.example", "Active", "User");
        tenant.addUser(CAROL, "Carol", "carol@acme.example", "Active", "User");
        tenant.addUser(ZED, "Zed", "zed@acme.example", "Active", "User");
        tenant.addGroup(SALES, "Sales EMEA", "Cakewalk");
        tenant.addGroup(FINANCE, "Finance", "Cakewalk");
        Tenant.mapping("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                  - group: Finance
                    departments: [Finance]
                """);
        Tenant.hr(ALICE_ROW, BOB_ROW, CAROL_ROW, ZED_ROW);
        Caches.forget(dataSource);
        assertThat(runner.runNow(Trigger.CLI, false).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, BOB, ZED);
        sandbox.clearRequests();
        clock = TestClock.install().freeze();
    }

    @Test
    void aTargetedRunReReadsOnlyTheNamedPeopleAndJournalsLikeAnyRun() {
        Tenant.hr(
                ALICE_ROW,
                "E2,bob@acme.example,Bob,B,Sales EMEA,terminated",
                "E3,carol@acme.example,Carol,C,Sales EMEA,active",
                ZED_ROW);
        Deliveries.generic(event("evt-1", employee("E2")), clock.now()).statusCode(202);
        clock.advance(Duration.ofSeconds(3));

        TargetedReport report = processor.processDue().orElseThrow();

        assertThat(report.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(requests())
                .as("no user list, no group or member list: the snapshot vouches for them")
                .containsExactly("DELETE /api/v1/UsersGroups/" + SALES + "/Users/" + BOB);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, ZED);
        assertThat(tenant.members(FINANCE))
                .as("Carol's move was not named: the next full run makes it")
                .containsExactly(CAROL);
        RunDetail run = queries.run(report.run().runId()).orElseThrow();
        assertThat(run.run().trigger()).isEqualTo("EVENT");
        assertThat(run.run().sourceRows()).isEqualTo(1);
        assertThat(run.run().summary()).startsWith("event run for 1 person (1 event(s)): 1 to remove: 1 done");
        assertThat(Caches.refreshMode(dataSource, report.run().runId())).isEqualTo("INCREMENTAL");
        assertThat(run.changes())
                .extracting(
                        ChangeView::groupName,
                        ChangeView::action,
                        ChangeView::email,
                        ChangeView::reason,
                        ChangeView::outcome)
                .containsExactly(
                        tuple("Sales EMEA", "REMOVE", "bob@acme.example", "status terminated", Outcome.APPLIED));
        assertThat(eventsOf(report.run().runId())).containsExactly("hr:evt-1");
        assertThat(log.recent(null, null, 10, 0))
                .extracting(EventView::state, EventView::runId, EventView::outcome, EventView::attempts)
                .containsExactly(tuple("DONE", report.run().runId(), "SUCCEEDED", 1));
        assertThat(hrSnapshot.employees().get("E2").status()).isEqualTo("terminated");
        assertThat(hrSnapshot.employees().get("E3").department()).isEqualTo("Finance");

        RunDetail full = queries.run(
                        runner.runNow(Trigger.CLI, false).orElseThrow().runId())
                .orElseThrow();
        assertThat(full.changes())
                .extracting(ChangeView::email)
                .containsExactlyInAnyOrder("carol@acme.example", "carol@acme.example");
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, ZED, CAROL);
    }

    @Test
    void aBurstOfEventsWithinTheCoalescingWindowBecomesOneRun() {
        Tenant.hr(ALICE_ROW, "E2,bob@acme.example,Bob,B,Finance,active", CAROL_ROW, ZED_ROW);
        Deliveries.generic(event("burst-0", employee("E2")), clock.now()).statusCode(202);
        for (int i = 1; i < 200; i++) {
            Deliveries.generic(
                            event("burst-" + i, i % 2 == 0 ? employee("E1") : email("zed@acme.example")), clock.now())
                    .statusCode(202);
        }
        clock.advance(Duration.ofMillis(1_500));

        assertThat(processor.step()).as("the first event has waited 1.5 of 2 s").isEqualTo(Duration.ofMillis(500));
        assertThat(queries.runs(100, 0)).extracting(r -> r.trigger()).doesNotContain("EVENT");

        clock.advance(Duration.ofMillis(600));
        assertThat(processor.step()).isZero();

        List<EventView> events = log.recent(null, null, 500, 0);
        assertThat(events).hasSize(200).allMatch(e -> e.state().equals("DONE"));
        long runId = events.get(0).runId();
        assertThat(events).allMatch(e -> e.runId() == runId);
        assertThat(eventsOf(runId)).hasSize(200);
        assertThat(queries.run(runId).orElseThrow().run().summary())
                .startsWith("event run for 3 people (200 event(s))");
        assertThat(tenant.members(FINANCE)).containsExactlyInAnyOrder(CAROL, BOB);
        assertThat(queries.runs(100, 0))
                .filteredOn(r -> r.trigger().equals("EVENT"))
                .hasSize(1);
    }

    @Test
    void readsTheGroupListWhenTheMappingNamesAGroupTheSnapshotDoesNotVouchFor() {
        tenant.addGroup(MARKETING, "Marketing", "Cakewalk");
        Tenant.mapping("""
                groups:
                  - group: Sales EMEA
                    departments: [Sales EMEA]
                  - group: Finance
                    departments: [Finance]
                  - group: Marketing
                    departments: [Marketing]
                """);
        Tenant.hr(ALICE_ROW, "E2,bob@acme.example,Bob,B,Marketing,active", CAROL_ROW, ZED_ROW);
        Deliveries.generic(event("evt-new-group", employee("E2")), clock.now()).statusCode(202);
        clock.advance(Duration.ofSeconds(3));

        TargetedReport report = processor.processDue().orElseThrow();

        assertThat(report.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(requests())
                .as("the snapshot knows no Marketing group: the group list and its members are read")
                .contains(GROUPS, "GET /api/v1/UsersGroups/" + MARKETING + "/Users");
        assertThat(tenant.members(MARKETING)).containsExactly(BOB);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, ZED);
    }

    @Test
    void aPersonHrNoLongerKnowsIsRecordedAndNothingIsChangedForThem() {
        Tenant.hr(ALICE_ROW, BOB_ROW, CAROL_ROW);
        Deliveries.generic(event("evt-gone", email("zed@acme.example"), employee("E99")), clock.now())
                .statusCode(202);
        clock.advance(Duration.ofSeconds(3));

        TargetedReport report = processor.processDue().orElseThrow();

        assertThat(report.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(report.unknown()).hasSize(2);
        assertThat(requests()).as("absence is inference, not evidence").isEmpty();
        assertThat(tenant.members(SALES)).contains(ZED);
        assertThat(queries.run(report.run().runId()).orElseThrow().changes()).isEmpty();
        assertThat(queries.run(report.run().runId()).orElseThrow().run().summary())
                .contains("; not in HR, so nothing changed for them: zed@acme.example, employee E99");
        assertThat(log.recent(null, null, 10, 0))
                .extracting(EventView::state, EventView::note)
                .containsExactly(
                        tuple("DONE", "not in HR, so nothing changed for them: zed@acme.example, employee E99"));
    }

    @Test
    void aFailingHrReadIsRetriedWithBackoffAndTheEventGivenUpAfterTheLastAttempt() {
        Tenant.hr(ALICE_ROW, "E2,bob@acme.example,Bob,B,Sales EMEA,terminated", CAROL_ROW, ZED_ROW);
        Deliveries.generic(event("evt-retry", employee("E2")), clock.now()).statusCode(202);
        Deliveries.generic(event("evt-doomed", employee("E3")), clock.now()).statusCode(202);
        Tenant.hrRaw("");
        clock.advance(Duration.ofSeconds(3));

        assertThat(processor.processDue().orElseThrow().run().status()).isEqualTo(RunStatus.FAILED);
        assertThat(log.recent(null, null, 10, 0)).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo("PENDING");
            assertThat(e.attempts()).isOne();
            assertThat(e.note()).contains("is empty");
            assertThat(e.nextAttemptAt().toInstant()).isEqualTo(clock.now().plusSeconds(30));
        });
        assertThat(processor.processDue()).as("not due before the backoff").isEmpty();

        clock.advance(Duration.ofSeconds(31));
        assertThat(processor.processDue().orElseThrow().run().status()).isEqualTo(RunStatus.FAILED);
        assertThat(log.recent(null, null, 10, 0))
                .allSatisfy(e -> assertThat(e.nextAttemptAt().toInstant())
                        .isEqualTo(clock.now().plusSeconds(60)));

        Tenant.hr(ALICE_ROW, "E2,bob@acme.example,Bob,B,Sales EMEA,terminated", CAROL_ROW, ZED_ROW);
        clock.advance(Duration.ofSeconds(61));
        TargetedReport third = processor.processDue().orElseThrow();

        assertThat(third.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(SALES)).containsExactlyInAnyOrder(ALICE, ZED);
        assertThat(log.recent(null, null, 10, 0))
                .extracting(EventView::externalId, EventView::state, EventView::attempts)
                .containsExactlyInAnyOrder(tuple("evt-retry", "DONE", 3), tuple("evt-doomed", "DONE", 3));
    }

    @Test
    void anEventThatStillFailsAtItsLastAttemptStaysVisibleWithItsError() {
        Deliveries.generic(event("evt-lost", employee("E2")), clock.now()).statusCode(202);
        Tenant.hrRaw("");
        for (int attempt = 0; attempt < 3; attempt++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(processor.processDue().orElseThrow().run().status()).isEqualTo(RunStatus.FAILED);
        }

        assertThat(processor.processDue()).isEmpty();
        assertThat(log.recent("FAILED", null, 10, 0)).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.note())
                    .contains("is empty")
                    .endsWith("(gave up after 3 attempts; the next full run covers these people)");
        });
    }

    @Test
    void theWindowedLimitsHoldAFloodOfSmallEventsAsOneRunWouldBeHeld() {
        Tenant.hr(
                "E1,alice@acme.example,Alice,A,Sales EMEA,terminated",
                "E2,bob@acme.example,Bob,B,Sales EMEA,terminated",
                "E3,carol@acme.example,Carol,C,Finance,terminated",
                "E4,zed@acme.example,Zed,Z,Sales EMEA,terminated");
        List<RunStatus> statuses = new ArrayList<>();
        for (String person : List.of("E2", "E3", "E4")) {
            Deliveries.generic(event("flood-" + person, employee(person)), clock.now())
                    .statusCode(202);
            clock.advance(Duration.ofSeconds(3));
            statuses.add(processor.processDue().orElseThrow().run().status());
        }
        Deliveries.generic(event("flood-E1", employee("E1")), clock.now()).statusCode(202);
        clock.advance(Duration.ofSeconds(3));
        TargetedReport fourth = processor.processDue().orElseThrow();

        assertThat(statuses).containsOnly(RunStatus.SUCCEEDED);
        assertThat(fourth.run().status()).isEqualTo(RunStatus.HELD);
        RunDetail held = queries.run(fourth.run().runId()).orElseThrow();
        assertThat(held.run().safety())
                .contains("removals this run: 1 (+3 by event runs in the last 60 min) of 4 members");
        assertThat(held.changes()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.HELD);
            assertThat(c.reason())
                    .endsWith(
                            "held: removals this run exceed the run limit together with event runs " + "in the window");
        });
        assertThat(tenant.members(SALES)).containsExactly(ALICE);
        assertThat(log.recent(null, fourth.run().runId(), 10, 0))
                .extracting(EventView::state, EventView::note)
                .containsExactly(tuple(
                        "DONE",
                        "changes held for an admin's approval in run "
                                + fourth.run().runId()));

        assertThat(runner.runNow(Trigger.CLI, false).orElseThrow().status())
                .as("the full run is not windowed")
                .isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(SALES)).isEmpty();
    }

    private List<String> requests() {
        return sandbox.requests().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private List<String> eventsOf(long runId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT event_id FROM sync_run_event WHERE run_id = ?")) {
            ps.setLong(1, runId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
