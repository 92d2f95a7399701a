package io.cakesync.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.Caches;
import io.cakesync.testing.History;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.events.Deliveries.employee;
import static io.cakesync.events.Deliveries.event;
import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An accepted event lives in PostgreSQL, not in the process that accepted it: this profile's process
 * accepts events but never processes them (as if it stopped right after the 202), and a processor
 * started later, which knows only the database, processes them.
 */
@QuarkusTest
@TestProfile(EventsProfile.class)
class EventDurabilityTest {
    static final String TEAM = id(501);
    static final String AMY = id(51);
    static final String BEN = id(52);

    @Inject
    EventProcessor processor;

    @Inject
    EventStore store;

    @Inject
    EventLog log;

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;

    @BeforeEach
    void benIsInTheTeamAndThenLeaves() {
        History.forget(dataSource);
        Deliveries.forgetEvents(dataSource);
        tenant = Tenant.reset();
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hr("E51,amy@acme.example,Amy,A,Team,active", "E52,ben@acme.example,Ben,B,Team,active");
        Caches.forget(dataSource);
        runner.runNow(Trigger.CLI, false).orElseThrow();
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(AMY, BEN);
        Tenant.hr("E51,amy@acme.example,Amy,A,Team,active", "E52,ben@acme.example,Ben,B,Team,terminated");
    }

    @AfterEach
    void stopProcessing() {
        processor.stop();
    }

    @Test
    void anEventAcceptedByAProcessThatNeverProcessedItIsProcessedByTheNextOne() {
        Deliveries.generic(event("leaver-52", employee("E52")), Instant.now()).statusCode(202);

        assertThat(log.recent(null, null, 10, 0))
                .singleElement()
                .extracting(EventView::state)
                .isEqualTo("PENDING");
        assertThat(queries.runs(100, 0)).extracting(r -> r.trigger()).doesNotContain("EVENT");
        assertThat(tenant.members(TEAM)).contains(BEN);

        processor.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> log.count("DONE", null) == 1);
        assertThat(tenant.members(TEAM)).containsExactly(AMY);
        assertThat(log.recent(null, null, 10, 0)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("SUCCEEDED");
            assertThat(queries.run(e.runId()).orElseThrow().run().trigger()).isEqualTo("EVENT");
        });
    }

    @Test
    void eventsARunTookBeforeItsProcessDiedAreTakenAgainByTheNextRun() {
        TestClock clock = TestClock.install().freeze();
        Deliveries.generic(event("leaver-52", employee("E52")), clock.now()).statusCode(202);
        clock.advance(Duration.ofSeconds(3));

        assertThatThrownBy(() -> runner.runForPeople(
                        () -> {
                            store.claim(clock.now(), 10);
                            throw new IllegalStateException("the process stopped here");
                        },
                        false))
                .hasMessage("the process stopped here");
        assertThat(log.recent(null, null, 10, 0)).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo("PENDING");
            assertThat(e.attempts()).isOne();
        });

        Optional<RunStatus> next = runner.runForPeople(() -> Optional.empty(), false)
                .map(r -> r.run().status());
        assertThat(next).as("the lock was released").isEmpty();
        assertThat(processor.processDue().orElseThrow().run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(TEAM)).containsExactly(AMY);
        assertThat(log.recent(null, null, 10, 0)).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo("DONE");
            assertThat(e.attempts()).isEqualTo(2);
        });
    }
}
