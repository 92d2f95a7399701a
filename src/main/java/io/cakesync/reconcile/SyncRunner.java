package io.cakesync.reconcile;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.NewChange;
import io.cakesync.audit.Outcome;
import io.cakesync.audit.Ownership;
import io.cakesync.audit.RejectionView;
import io.cakesync.audit.RunStatus;
import io.cakesync.audit.HrSnapshot;
import io.cakesync.audit.HrSnapshot.EmployeeRow;
import io.cakesync.cakewalk.CakewalkAccessDenied;
import io.cakesync.cakewalk.CakewalkUnavailable;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Emails;
import io.cakesync.source.HrRead;
import io.cakesync.source.HrSource;
import io.cakesync.source.SourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * One run, in the order the README describes: lock, open, read HR, read Cakewalk, plan, guard, record
 * the plan, apply, record outcomes, close. Every run recomputes the plan from fresh state, so a run
 * that died is simply followed by one that converges.
 */
@ApplicationScoped
public class SyncRunner {
    private static final Logger LOG = Logger.getLogger(SyncRunner.class);

    private final RunLease lease;
    private final RunControl control;
    private final AuditTrail audit;
    private final HrSnapshot hrSnapshot;
    private final Ownership ownership;
    private final HrSource source;
    private final CakewalkReader reader;
    private final SafetyCheck safety;
    private final Applier applier;
    private final RunMeter meter;
    private final SyncConfig config;
    private final SafetyConfig safetyConfig;
    private final Event<RunFinished> finished;

    SyncRunner(RunLease lease, RunControl control, AuditTrail audit, HrSnapshot hrSnapshot, Ownership ownership, HrSource source,
            CakewalkReader reader, SafetyCheck safety, Applier applier, RunMeter meter, SyncConfig config,
            SafetyConfig safetyConfig, Event<RunFinished> finished) {
        this.lease = lease;
        this.control = control;
        this.audit = audit;
        this.hrSnapshot = hrSnapshot;
        this.ownership = ownership;
        this.source = source;
        this.reader = reader;
        this.safety = safety;
        this.applier = applier;
        this.meter = meter;
        this.config = config;
        this.safetyConfig = safetyConfig;
        this.finished = finished;
    }

    /** Runs to the end on the calling thread; empty when another run holds the lock. */
    public Optional<RunReport> runNow(Trigger trigger, boolean dryRun) {
        return begin(trigger, dryRun).map(this::execute);
    }

    /** Steps 1 and 2: takes the lock and opens the run's audit row. Empty when another run holds the lock. */
    public Optional<StartedRun> begin(Trigger trigger, boolean dryRun) {
        return begin(trigger, dryRun, Optional.empty());
    }

    Optional<StartedRun> begin(Trigger trigger, boolean dryRun, Optional<Approval> approval) {
        Optional<RunLock.Held> held = lease.take();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        try {
            long id = audit.openRun(trigger.name(), dryRun, node());
            return Optional.of(new StartedRun(id, trigger, dryRun, approval, held.get(), lease.heartbeat(id), control));
        } catch (RuntimeException e) {
            held.get().close();
            throw e;
        }
    }

    /** Steps 3 to 9; releases the lock when done. */
    public RunReport execute(StartedRun run) {
        MDC.put("run", "run=" + run.id());
        RunMeter.Started metered = meter.start();
        try (run) {
            RunReport report = steps(run, metered);
            LOG.infof("run %d %s (%s, %s): %s%s", run.id(), report.status(), run.trigger(),
                    run.dryRun() ? "dry run" : "live", report.summary(),
                    report.error() == null ? "" : "; error: " + report.error());
            return report;
        } finally {
            MDC.remove("run");
        }
    }

    /** Closes a run that was opened but must not go ahead, and releases the lock. */
    void abort(StartedRun run, String why) {
        try (run) {
            finish(run, RunStatus.FAILED, meter.start(), "run not started", why);
        }
    }

    private RunReport steps(StartedRun run, RunMeter.Started metered) {
        try {
            control.reading();
            HrRead hr = readSource(run.id());
            CakewalkState now = reader.read(run.id(), mappingFile(), hr.employees());
            Plan plan = now.markDrift(Planner.plan(planInput(hr, now)));
            Guard.Verdict verdict = safety.judge(run, hr, now, plan);
            List<Long> ids = audit.recordPlan(run.id(), auditRows(verdict.plan(), run.dryRun()));
            if (run.dryRun()) {
                return finish(run, RunStatus.SUCCEEDED, metered, Summary.ofDryRun(verdict.plan()), null);
            }
            Applier.Counted sent = applier.apply(run.id(), verdict.plan().changes(), ids, now,
                    control.applying(run.id(), run.lock()));
            saveHrSnapshot(run.id(), hr);
            RunStatus status = sent.failed() > 0 ? RunStatus.PARTIAL
                    : verdict.held() ? RunStatus.HELD : RunStatus.SUCCEEDED;
            return finish(run, status, metered, Summary.ofLiveRun(verdict.plan(), sent), null);
        } catch (SourceException | NotConfigured | MappingException | CakewalkAccessDenied | CakewalkUnavailable
                | RunStopped e) {
            return finish(run, RunStatus.FAILED, metered, "run failed before completing", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run " + run.id() + " failed unexpectedly", e);
            return finish(run, RunStatus.FAILED, metered, "run failed before completing", "unexpected error: " + e);
        } finally {
            control.phaseOver();
        }
    }

    private HrRead readSource(long runId) {
        HrRead hr = source.read();
        audit.recordSource(runId, hr.origin(), hr.rowsRead(), hr.rejected().stream()
                .map(r -> new RejectionView(r.line(), r.employeeId(), r.email(), r.reason())).toList());
        return hr;
    }

    private Path mappingFile() {
        return config.mappingFile().orElseThrow(() -> new NotConfigured("sync.mapping-file", "SYNC_MAPPING_FILE"));
    }

    private PlanInput planInput(HrRead hr, CakewalkState now) {
        Map<String, PreviousEmployee> previous = new HashMap<>();
        hrSnapshot.employees().forEach((id, row) -> previous.put(id,
                new PreviousEmployee(row.email(), row.department(), row.previousDepartment(), row.departmentSince())));
        Set<String> protectedMembers = new HashSet<>();
        safetyConfig.protectedMembers().orElse(List.of()).forEach(p -> protectedMembers.add(Emails.normalize(p)));
        return new PlanInput(now.groups(), hr.employees(), hr.rejected(), now.usersByEmail(), now.membersByGroup(),
                previous, new StatusPolicy(config.leavePolicy() == SyncConfig.LeavePolicy.KEEP,
                        Set.copyOf(config.ineligibleStatuses())),
                ownership.owned(), protectedMembers, safetyConfig.moverGrace(), Instant.now());
    }

    private void saveHrSnapshot(long runId, HrRead hr) {
        hrSnapshot.saveEmployees(runId, hr.employees().stream().map(e -> new EmployeeRow(e.employeeId(), e.email(),
                e.firstName(), e.lastName(), e.department(), e.status().label(), null, null)).toList());
    }

    private RunReport finish(StartedRun run, RunStatus status, RunMeter.Started metered, String summary, String error) {
        RunMeter.Measured measured = metered.stop();
        String full = summary + "; " + measured;
        audit.finishRun(run.id(), status, measured.calls(), full, error);
        finished.fire(new RunFinished(run.id(), status, run.trigger(), run.dryRun(), measured.elapsed(), full, error));
        return new RunReport(run.id(), status, full, error);
    }

    private static List<NewChange> auditRows(Plan plan, boolean dryRun) {
        return plan.changes().stream().map(c -> new NewChange(c.groupId(), c.groupName(), c.action().name(),
                c.userId(), c.email(), c.employeeId(), c.reason(), initialOutcome(c.disposition(), dryRun))).toList();
    }

    private static Outcome initialOutcome(Disposition disposition, boolean dryRun) {
        return switch (disposition) {
            case APPLY -> dryRun ? Outcome.SKIPPED_DRY_RUN : Outcome.PLANNED;
            case DEFERRED -> Outcome.DEFERRED;
            case SKIPPED -> Outcome.SKIPPED;
            case HELD -> Outcome.HELD;
        };
    }

    private String node() {
        return config.nodeName().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
            } catch (UnknownHostException e) {
                return "pid-" + ProcessHandle.current().pid();
            }
        });
    }
}
