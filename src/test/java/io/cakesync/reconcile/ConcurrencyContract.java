package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.BenchSandboxResource;
import io.cakesync.testing.Caches;
import io.cakesync.testing.ConnectionTimer;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a full sync of a generated company must produce whatever {@code sync.concurrency} is: the
 * same final memberships, the same audit rows, the same calls, and never a call sooner than the
 * client-side rate limit allows. Run once sequentially and once concurrently by the subclasses.
 */
abstract class ConcurrencyContract {
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

    @ConfigProperty(name = "cakewalk.rate-limit-per-minute")
    int ratePerMinute;

    @Test
    void fullSyncGivesTheResultsTheModelPredictsWithinTheRateLimit() {
        SandboxServer sandbox = BenchSandboxResource.server();
        SandboxTenant tenant = sandbox.tenant();
        Company company = Company.seed(new Company.Params(900, 40, 30, 0.1, 11), tenant);
        company.writeFiles(BenchSandboxResource.hrFile(), BenchSandboxResource.mappingFile());
        Caches.forget(dataSource);
        ShiftedRefreshPolicy.install(config).intervalElapses();
        Map<String, Set<String>> before = new HashMap<>();
        company.mappedGroups().forEach(g -> before.put(g, tenant.members(g)));
        Company.Bound bound = company.bound(tenant, true, BenchScenario.BATCH);

        Bench.Result run = new Bench(runner, sandbox, timer).run("contract", bound);

        BenchmarkSmokeTest.assertConverged(company, tenant);
        assertThat(queries.run(run.runId()).orElseThrow().changes())
                .filteredOn(c -> c.outcome() != Outcome.DEFERRED)
                .extracting(c ->
                        List.of(c.groupId(), c.action(), c.userId(), c.outcome().name()))
                .containsExactlyInAnyOrderElementsOf(expectedWrites(company.expected(), before));
        assertThat(queries.run(run.runId()).orElseThrow().changes())
                .filteredOn(c -> c.outcome() == Outcome.DEFERRED)
                .extracting(c -> List.of(c.groupId(), c.email()))
                .containsExactlyInAnyOrderElementsOf(company.deferred());
        assertThat(run.totalCalls()).isEqualTo(bound.total());
        assertThat(run.rateLimited()).isZero();
        // The limiter spaces calls evenly, so n calls cannot take less than n - 1 intervals.
        assertThat(run.wall().toNanos())
                .isGreaterThanOrEqualTo((run.totalCalls() - 1) * 60_000_000_000L / ratePerMinute);
    }

    /** A full refresh started on another thread, so that the test can watch the calls it holds. */
    CompletableFuture<RunReport> fullRunInBackground() {
        Caches.forget(dataSource);
        ShiftedRefreshPolicy.install(config).intervalElapses();
        return CompletableFuture.supplyAsync(
                () -> runner.runNow(Trigger.CLI, false).orElseThrow());
    }

    private static List<List<String>> expectedWrites(
            Map<String, Set<String>> expected, Map<String, Set<String>> before) {
        List<List<String>> writes = new ArrayList<>();
        expected.forEach((group, members) -> {
            Set<String> current = new HashSet<>(before.get(group));
            members.stream()
                    .filter(id -> !current.contains(id))
                    .forEach(id -> writes.add(List.of(group, "ADD", id, Outcome.APPLIED.name())));
            current.stream()
                    .filter(id -> !members.contains(id))
                    .forEach(id -> writes.add(List.of(group, "REMOVE", id, Outcome.APPLIED.name())));
        });
        return writes;
    }
}
