package io.cakesync.reconcile;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.cakesync.cakewalk.CakewalkAccessDenied;
import io.cakesync.cakewalk.CakewalkUnavailable;
import io.cakesync.http.CallInterrupted;
import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingException;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.HrSource;
import io.cakesync.source.SourceException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * One run, in the order the README describes: take the lock and open the journal, read HR, read
 * Cakewalk, recall what earlier runs left, decide, apply, close. Every run recomputes its decision from
 * fresh state, so a run that died is simply followed by one that converges.
 */
@ApplicationScoped
public class SyncRunner {
    private static final Logger LOG = Logger.getLogger(SyncRunner.class);

    private final RunLease lease;
    private final RunControl control;
    private final RunJournal journals;
    private final HrSource source;
    private final CakewalkReader cakewalk;
    private final PastRuns past;
    private final Applier applier;
    private final RunMeter meter;
    private final SyncConfig config;
    private final Event<RunFinished> finished;
    private final TargetedRun targeted;

    SyncRunner(
            RunLease lease,
            RunControl control,
            RunJournal journals,
            HrSource source,
            CakewalkReader cakewalk,
            PastRuns past,
            Applier applier,
            RunMeter meter,
            SyncConfig config,
            Event<RunFinished> finished,
            TargetedRun targeted) {
        this.lease = lease;
        this.control = control;
        this.journals = journals;
        this.source = source;
        this.cakewalk = cakewalk;
        this.past = past;
        this.applier = applier;
        this.meter = meter;
        this.config = config;
        this.finished = finished;
        this.targeted = targeted;
    }

    /** Runs to the end on the calling thread; empty when another run holds the lock. */
    public Optional<RunReport> runNow(Trigger trigger, boolean dryRun) {
        return begin(trigger, dryRun).map(this::execute);
    }

    /** Takes the lease and opens the run's journal. Empty when another run holds the lock or still lives. */
    public Optional<StartedRun> begin(Trigger trigger, boolean dryRun) {
        return begin(trigger, dryRun, Optional.empty());
    }

    public Optional<StartedRun> begin(Trigger trigger, boolean dryRun, Optional<Approval> approval) {
        return lease.take().map(held -> open(trigger, dryRun, approval, held));
    }

    private StartedRun open(Trigger trigger, boolean dryRun, Optional<Approval> approval, RunLock.Held held) {
        try {
            Journal journal = journals.open(trigger, dryRun, node(config));
            return new StartedRun(journal, trigger, dryRun, approval, held, lease.heartbeat(journal), control);
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /**
     * A targeted run (trigger EVENT) for the people {@code claim} names, asked while holding the lock so
     * that no other process can claim the same events; runs to the end on the calling thread. Empty when
     * another run holds the lock or {@code claim} has nothing.
     */
    public Optional<TargetedReport> runForPeople(Supplier<Optional<Targets>> claim, boolean dryRun) {
        Optional<RunLock.Held> held = lease.take();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Optional<Targets> targets;
        try {
            targets = claim.get();
        } catch (RuntimeException e) {
            held.get().close();
            throw e;
        }
        if (targets.isEmpty()) {
            held.get().close();
            return Optional.empty();
        }
        StartedRun run = open(Trigger.EVENT, dryRun, Optional.empty(), held.get());
        MDC.put("run", "run=" + run.id());
        RunMeter.Started metered = meter.start();
        try (run) {
            TargetedRun.Done done = targeted.run(run, targets.get());
            RunReport report = finish(run, done.status(), metered, done.summary(), done.error());
            LOG.infof(
                    "run %d %s (EVENT, %s): %s%s",
                    run.id(),
                    report.status(),
                    dryRun ? "dry run" : "live",
                    report.summary(),
                    report.error() == null ? "" : "; error: " + report.error());
            return Optional.of(new TargetedReport(report, done.unknown()));
        } finally {
            MDC.remove("run");
        }
    }

    /** Reads, decides, applies and closes the run; releases the lock when done. */
    public RunReport execute(StartedRun run) {
        MDC.put("run", "run=" + run.id());
        RunMeter.Started metered = meter.start();
        try (run) {
            RunReport report = steps(run, run.journal(), metered);
            LOG.infof(
                    "run %d %s (%s, %s): %s%s",
                    run.id(),
                    report.status(),
                    run.trigger(),
                    run.dryRun() ? "dry run" : "live",
                    report.summary(),
                    report.error() == null ? "" : "; error: " + report.error());
            return report;
        } finally {
            MDC.remove("run");
        }
    }

    /** Closes a run that was opened but must not go ahead, and releases the lock. */
    public void abort(StartedRun run, String why) {
        try (run) {
            finish(run, RunStatus.FAILED, meter.start(), "run not started", why);
        }
    }

    private RunReport steps(StartedRun run, Journal journal, RunMeter.Started metered) {
        try {
            control.reading();
            Mapping mapping = RunMapping.read(config, source);
            HrRead hr = source.read(mapping.attributes());
            journal.readHr(hr);
            CakewalkRead now = cakewalk.read(mapping, hr.employees(), policy().status());
            journal.readCakewalk(now);
            Decision decision = Decide.decide(past.with(hr, now), policy(), run.approval(), Instant.now());
            journal.decided(decision);
            if (run.dryRun()) {
                return finish(run, RunStatus.SUCCEEDED, metered, Summary.ofDryRun(decision), null);
            }
            Applier.Counted sent = applier.apply(
                    decision.plan(), now.state(), journal::applied, control.applying(run.id(), run.lock()));
            journal.sawHr(hr);
            RunStatus status = decision.statusAfter(sent);
            return finish(run, status, metered, Summary.ofLiveRun(decision, sent), null);
        } catch (SourceException
                | NotConfigured
                | MappingException
                | CakewalkAccessDenied
                | CakewalkUnavailable
                | CallInterrupted
                | RunStopped e) {
            return finish(run, RunStatus.FAILED, metered, "run failed before completing", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run " + run.id() + " failed unexpectedly", e);
            return finish(run, RunStatus.FAILED, metered, "run failed before completing", "unexpected error: " + e);
        } finally {
            control.phaseOver();
        }
    }

    private RunPolicy policy() {
        return RunPolicy.from(config);
    }

    private RunReport finish(StartedRun run, RunStatus status, RunMeter.Started metered, String summary, String error) {
        RunMeter.Measured measured = metered.stop();
        String full = summary + "; " + measured;
        run.journal().close(status, measured.calls(), full, error);
        finished.fire(new RunFinished(run.id(), status, run.trigger(), run.dryRun(), measured.elapsed(), full, error));
        return new RunReport(run.id(), status, full, error);
    }

    static String node(SyncConfig config) {
        return config.nodeName().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName() + "/"
                        + ProcessHandle.current().pid();
            } catch (UnknownHostException e) {
                return "pid-" + ProcessHandle.current().pid();
            }
        });
    }
}
