package io.cakesync.ops;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.OutstandingPlans;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.notify.LastSuccess;
import io.cakesync.reconcile.RunFinished;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.reconcile.vocabulary.Outcome;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Run metrics, from each finished run and its audit. Cakewalk call metrics are counted where the calls
 * are made ({@code cakewalk.CallCounter}). Started eagerly so every gauge exists before the first run.
 */
@Startup
@ApplicationScoped
class RunMetrics {
    private static final Logger LOG = Logger.getLogger(RunMetrics.class);

    private final MeterRegistry registry;
    private final RunQueries queries;
    private final OutstandingPlans outstanding;
    private final SyncConfig.Safety safety;
    private final AtomicInteger deferred = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final List<Gauge> gauges;

    RunMetrics(
            MeterRegistry registry,
            RunQueries queries,
            LastSuccess lastSuccess,
            OutstandingPlans outstanding,
            SyncConfig sync) {
        this.registry = registry;
        this.queries = queries;
        this.outstanding = outstanding;
        this.safety = sync.safety();
        gauges = List.of(
                Gauge.builder("cakesync.deferred.employees", deferred, AtomicInteger::get)
                        .description("Employees the last run deferred: no Cakewalk user yet")
                        .register(registry),
                Gauge.builder("cakesync.plan.held", this, RunMetrics::outstandingPlans)
                        .description("Held plans waiting for an approval or rejection (not expired), on any replica")
                        .register(registry),
                // Micrometer holds a gauge's object weakly; nothing else keeps this proxy, so a collected one read NaN.
                Gauge.builder(
                                "cakesync.seconds.since.last.successful.run",
                                lastSuccess,
                                s -> s.age().toMillis() / 1000.0)
                        .strongReference(true)
                        .description("Seconds since a run last succeeded on any replica (since start if none did)")
                        .register(registry));
    }

    // The registry can outlive this bean (it is Micrometer's global one): a gauge left behind would keep
    // reporting this instance's values after a restart in the same JVM.
    @PreDestroy
    void unregister() {
        gauges.forEach(registry::remove);
    }

    void onRun(@Observes RunFinished run) {
        try {
            String mode = run.dryRun() ? "dry-run" : "live";
            Counter.builder("cakesync.runs")
                    .description("Finished runs")
                    .tag("status", run.status().name())
                    .tag("trigger", run.trigger().name())
                    .tag("mode", mode)
                    .register(registry)
                    .increment();
            Timer.builder("cakesync.run.duration")
                    .description("Run wall time")
                    .tag("status", run.status().name())
                    .tag("mode", mode)
                    .register(registry)
                    .record(run.elapsed());
            queries.run(run.runId()).ifPresent(this::record);
        } catch (RuntimeException e) {
            // A run is over when this is called: a metrics failure must not look like a run failure.
            LOG.warnf("cannot record metrics for run %d: %s", run.runId(), e.getMessage());
        }
    }

    /** Read from the audit at each scrape, so that a decision taken on another replica shows at once. */
    private double outstandingPlans() {
        try {
            held.set(outstanding.count(OffsetDateTime.now().minus(safety.heldPlanExpiry())));
        } catch (RuntimeException e) {
            // The database is down: the last known count stands, and readiness reports the database.
            LOG.debugf("cannot count held plans: %s", e.getMessage());
        }
        return held.get();
    }

    private void record(RunDetail detail) {
        for (ChangeView c : detail.changes()) {
            Counter.builder("cakesync.changes")
                    .description("Planned membership changes by final outcome")
                    .tag("action", c.action())
                    .tag("outcome", c.outcome().name())
                    .register(registry)
                    .increment();
        }
        deferred.set((int) detail.changes().stream()
                .filter(c -> c.outcome() == Outcome.DEFERRED)
                .map(ChangeView::employeeId)
                .filter(Objects::nonNull)
                .distinct()
                .count());
        Counter.builder("cakesync.source.rows.read")
                .description("HR rows read")
                .register(registry)
                .increment(value(detail.run().sourceRows()));
        Counter.builder("cakesync.source.rows.rejected")
                .description("HR rows rejected as invalid")
                .register(registry)
                .increment(value(detail.run().sourceRejected()));
    }

    private static double value(Integer n) {
        return n == null ? 0 : n;
    }
}
