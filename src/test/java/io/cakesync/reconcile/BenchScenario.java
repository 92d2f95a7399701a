package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.BenchSandboxResource;
import io.cakesync.testing.Caches;
import io.cakesync.testing.ConnectionTimer;

/**
 * The four runs every benchmark measures: the first full sync of a messy tenant, an incremental run
 * after HR news, an incremental run with nothing new, and the full refresh after edits made by hand
 * in Cakewalk.
 */
final class BenchScenario {
    static final int BATCH = 100;

    record Outcome(Company company, List<Bench.Result> results, int driftEdits) {}

    private BenchScenario() {}

    static Outcome run(
            Company.Params params, SyncRunner runner, SyncConfig config, ConnectionTimer timer, DataSource dataSource) {
        SandboxServer sandbox = BenchSandboxResource.server();
        SandboxTenant tenant = sandbox.tenant();
        Company company = Company.seed(params, tenant);
        company.writeFiles(BenchSandboxResource.hrFile(), BenchSandboxResource.mappingFile());
        Caches.forget(dataSource);
        ShiftedRefreshPolicy clock = ShiftedRefreshPolicy.install(config);
        Bench bench = new Bench(runner, sandbox, timer);
        List<Bench.Result> results = new ArrayList<>();

        clock.intervalElapses();
        results.add(measure(bench, company, tenant, true, "1 full: first sync, messy tenant"));
        clock.backToNow();

        company.churn(tenant);
        company.writeFiles(BenchSandboxResource.hrFile(), BenchSandboxResource.mappingFile());
        results.add(measure(bench, company, tenant, false, "2 incremental: HR churn"));

        results.add(measure(bench, company, tenant, false, "3 incremental: no change"));

        int edits = company.drift(tenant, Math.max(2, params.employees() / 500));
        clock.intervalElapses();
        results.add(measure(bench, company, tenant, true, "4 full refresh: hand edits (drift)"));
        return new Outcome(company, results, edits);
    }

    private static Bench.Result measure(
            Bench bench, Company company, SandboxTenant tenant, boolean full, String label) {
        boolean readsUsers = full || company.userListNeeded();
        Company.Bound bound = company.bound(tenant, full, BATCH);
        Bench.Result result = bench.run(label, bound);
        company.afterRun(tenant, readsUsers);
        return result;
    }
}
