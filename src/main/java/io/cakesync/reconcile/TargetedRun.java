package io.cakesync.reconcile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.cakesync.audit.AppliedChanges;
import io.cakesync.audit.HrSnapshot;
import io.cakesync.cakewalk.CakewalkAccessDenied;
import io.cakesync.cakewalk.CakewalkUnavailable;
import io.cakesync.http.CallInterrupted;
import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingException;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.HrSource;
import io.cakesync.source.PersonRef;
import io.cakesync.source.SourceException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The steps of a targeted run, in the order of a full one: re-read the named people, read Cakewalk
 * from the snapshot, recall, decide (only their changes, judged with the event runs' window), apply,
 * and keep what HR now says about them. The caller holds the lock and closes the run.
 */
@ApplicationScoped
class TargetedRun {
    private static final Logger LOG = Logger.getLogger(TargetedRun.class);

    private final HrSource source;
    private final HrSnapshot hrSnapshot;
    private final CakewalkReader cakewalk;
    private final PastRuns past;
    private final AppliedChanges applied;
    private final Applier applier;
    private final SyncConfig config;
    private final RunControl control;

    TargetedRun(
            HrSource source,
            HrSnapshot hrSnapshot,
            CakewalkReader cakewalk,
            PastRuns past,
            AppliedChanges applied,
            Applier applier,
            SyncConfig config,
            RunControl control) {
        this.source = source;
        this.hrSnapshot = hrSnapshot;
        this.cakewalk = cakewalk;
        this.past = past;
        this.applied = applied;
        this.applier = applier;
        this.config = config;
        this.control = control;
    }

    record Done(RunStatus status, String summary, String error, List<PersonRef> unknown) {}

    Done run(StartedRun run, Targets targets) {
        Journal journal = run.journal();
        boolean dryRun = run.dryRun();
        List<PersonRef> unknown = List.of();
        int named = targets.people().size();
        String about = "event run for " + (named == 1 ? "1 person" : named + " people") + " ("
                + targets.eventIds().size() + " event(s))";
        try {
            control.reading();
            journal.events(targets.eventIds());
            Mapping mapping = RunMapping.read(config, source);
            HrRead read = source.readPeople(targets.people(), mapping.attributes());
            journal.readHr(read);
            TargetedHr hr = TargetedHr.of(hrSnapshot.currentEmployees(), read, targets.people());
            unknown = hr.unknown();
            RunPolicy policy = RunPolicy.from(config);
            CakewalkRead now = cakewalk.read(mapping, hr.view().employees(), policy.status(), true);
            journal.readCakewalk(now);
            Window earlier = Window.of(targets.window(), applied.since(Trigger.EVENT.name(), targets.window()));
            Decision decision = Decide.decide(
                    past.with(hr.view(), now), policy, Optional.empty(), Instant.now(), hr.focus(earlier));
            journal.decidedForSome(decision);
            String unknownNote = unknown.isEmpty()
                    ? ""
                    : "; not in HR, so nothing changed for them: "
                            + unknown.stream().map(PersonRef::toString).collect(Collectors.joining(", "));
            if (dryRun) {
                return new Done(
                        RunStatus.SUCCEEDED, about + ": " + Summary.ofDryRun(decision) + unknownNote, null, unknown);
            }
            Applier.Counted sent = applier.apply(
                    decision.plan(), now.state(), journal::applied, control.applying(run.id(), run.lock()));
            journal.sawHr(hr.fresh());
            RunStatus status = decision.statusAfter(sent);
            return new Done(status, about + ": " + Summary.ofLiveRun(decision, sent) + unknownNote, null, unknown);
        } catch (SourceException
                | NotConfigured
                | MappingException
                | CakewalkAccessDenied
                | CakewalkUnavailable
                | CallInterrupted
                | RunStopped e) {
            return new Done(RunStatus.FAILED, about + ": run failed before completing", e.getMessage(), unknown);
        } catch (RuntimeException e) {
            LOG.error("run " + run.id() + " failed unexpectedly", e);
            return new Done(
                    RunStatus.FAILED, about + ": run failed before completing", "unexpected error: " + e, unknown);
        } finally {
            control.phaseOver();
        }
    }
}
