package io.cakesync.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.BenchProfile;
import io.cakesync.testing.BenchSandboxResource;
import io.cakesync.testing.ConnectionTimer;

import jakarta.inject.Inject;

/**
 * The sync benchmark: a synthetic company on the sandbox over real HTTP, synced by the real daemon
 * on embedded PostgreSQL. Not part of {@code ./mvnw verify}; run it as BENCHMARKS.md says, e.g.
 * {@code ./mvnw test -Pbenchmark -Dbench.employees=10000 -Dbench.latency-ms=50}.
 *
 * <p>Parameters (system properties): {@code bench.employees} (10,000), {@code bench.groups}
 * (employees / 50), {@code bench.departments} (groups × 1.2; every tenth feeds no group),
 * {@code bench.churn} (0.05), {@code bench.seed}, {@code bench.latency-ms} (per call, 2),
 * {@code bench.rate-limit} (client, per minute), {@code bench.sandbox-limit} (server, per minute),
 * {@code bench.concurrency} (4), {@code bench.xmx} (512m).
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("benchmark")
class SyncBenchmark {
    @Inject
    SyncRunner runner;

    @Inject
    SyncConfig config;

    @Inject
    ConnectionTimer timer;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "cakewalk.rate-limit-per-minute")
    int ratePerMinute;

    @Test
    void syncASyntheticCompany() {
        int employees = Integer.getInteger("bench.employees", 10_000);
        int groups = Integer.getInteger("bench.groups", Math.max(5, employees / 50));
        int departments = Integer.getInteger("bench.departments", groups + groups / 5);
        double churn = Double.parseDouble(System.getProperty("bench.churn", "0.05"));
        Company.Params params =
                new Company.Params(employees, departments, groups, churn, Long.getLong("bench.seed", 42));

        BenchScenario.Outcome outcome = BenchScenario.run(params, runner, config, timer, dataSource);
        BenchmarkSmokeTest.assertConverged(
                outcome.company(), BenchSandboxResource.server().tenant());

        List<Bench.Result> runs = outcome.results();
        String report = String.format(
                Locale.ROOT,
                """

                ### %,d employees, %d departments, %d groups (+%d unmapped), churn %.2f

                latency %s ms per call, client limit %d/min, sandbox limit %s/min, concurrency %d, \
                full-refresh interval %s; %d CPUs, max heap %d MB, %s
                drift edits made by hand before run 4: %d; no-change run / full run calls: %.2f%%

                %s""",
                employees,
                departments,
                groups,
                outcome.company().unmappedGroups().size(),
                churn,
                System.getProperty("bench.latency-ms", "2"),
                ratePerMinute,
                System.getProperty("bench.sandbox-limit", "1000"),
                config.concurrency(),
                config.fullRefreshInterval(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getVmVersion(),
                outcome.driftEdits(),
                100.0 * runs.get(2).totalCalls() / runs.get(0).totalCalls(),
                Bench.table(runs, ratePerMinute));
        System.out.println(report);
        try {
            Path out = Path.of("target", "benchmark-" + employees + ".md");
            Files.writeString(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
