package io.cakesync.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.BenchProfile;
import io.cakesync.testing.BenchSandboxResource;
import io.cakesync.testing.Caches;
import io.cakesync.testing.ConnectionTimer;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's scenario on a small fixed company: every run makes exactly the calls it must. */
@QuarkusTest
@TestProfile(BenchProfile.class)
class BenchmarkSmokeTest {
    @Inject
    SyncRunner runner;

    @Inject
    SyncConfig config;

    @Inject
    ConnectionTimer timer;

    @Inject
    DataSource dataSource;

    @Inject
    RunQueries queries;

    @Test
    void everyRunMakesExactlyTheCallsOfItsLowerBound() {
        BenchScenario.Outcome outcome =
                BenchScenario.run(new Company.Params(700, 24, 15, 0.1, 7), runner, config, timer, dataSource);
        List<Bench.Result> runs = outcome.results();
        System.out.print(Bench.table(runs, 6000));

        for (Bench.Result run : runs) {
            Company.Bound bound = run.bound();
            assertThat(run.status()).as(run.label()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(run.calls())
                    .as(run.label())
                    .containsExactly(
                            Map.entry(Bench.GROUPS, bound.groupPages()),
                            Map.entry(Bench.USERS, bound.userPages()),
                            Map.entry(Bench.MEMBERS, bound.memberPages()),
                            Map.entry(Bench.POST, bound.posts()),
                            Map.entry(Bench.DELETE, bound.deletes()));
            assertThat(run.rateLimited()).as(run.label()).isZero();
            assertThat(queries.run(run.runId()).orElseThrow().run().apiCalls())
                    .as(run.label())
                    .isEqualTo((int) run.totalCalls());
        }
        assertThat(runs)
                .extracting(r -> Caches.refreshMode(dataSource, r.runId()))
                .containsExactly("FULL", "INCREMENTAL", "INCREMENTAL", "FULL");
        assertThat(runs.get(1).bound().userPages())
                .as("HR churn brought hires Cakewalk had imported")
                .isPositive();
        assertThat(runs.get(2).totalCalls())
                .as("no change: the group list only")
                .isEqualTo(1);
        assertThat(runs.get(2).writes()).isZero();
        assertThat(runs.get(3).writes()).isEqualTo(outcome.driftEdits());

        List<ChangeView> refresh =
                queries.run(runs.get(3).runId()).orElseThrow().changes();
        assertThat(refresh.stream()
                        .filter(c -> c.reason().startsWith("drift: "))
                        .count())
                .isEqualTo(outcome.driftEdits());
        assertConverged(outcome.company(), BenchSandboxResource.server().tenant());
    }

    static void assertConverged(Company company, SandboxTenant tenant) {
        company.expected()
                .forEach((group, members) ->
                        assertThat(tenant.members(group)).as(group).containsExactlyInAnyOrderElementsOf(members));
        assertThat(company.unmappedGroups())
                .allSatisfy(g -> assertThat(tenant.members(g)).isNotEqualTo(Set.of()));
    }
}
