package io.cakesync.reconcile;

import java.util.List;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.ChangeOutcome;
import io.cakesync.audit.HrSnapshot;
import io.cakesync.audit.HrSnapshot.EmployeeRow;
import io.cakesync.audit.NewChange;
import io.cakesync.audit.Ownership;
import io.cakesync.audit.RejectionView;
import io.cakesync.audit.StateStore;
import io.cakesync.audit.StateStore.MemberRow;
import io.cakesync.audit.StateStore.UserRow;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.reconcile.vocabulary.MembershipOrigin;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.source.Emails;
import io.cakesync.source.HrRead;

/**
 * Every audit and state write of one run, step by step: what was read, what was decided, what each
 * group's writes did, and how the run ended. While a run is in progress nothing else writes them.
 * {@link #applied} is called from the applier's threads; each call writes on its own connection.
 */
final class Journal {
    private final long runId;
    private final boolean dryRun;
    private final AuditTrail audit;
    private final StateStore state;
    private final HrSnapshot hrSnapshot;
    private final Ownership ownership;

    Journal(
            long runId,
            boolean dryRun,
            AuditTrail audit,
            StateStore state,
            HrSnapshot hrSnapshot,
            Ownership ownership) {
        this.runId = runId;
        this.dryRun = dryRun;
        this.audit = audit;
        this.state = state;
        this.hrSnapshot = hrSnapshot;
        this.ownership = ownership;
    }

    long runId() {
        return runId;
    }

    /** The events a targeted run was made for, first of all. */
    void events(List<String> eventIds) {
        audit.recordEvents(runId, eventIds);
    }

    /** The proof that this run's process is alive, written while it runs (see {@link RunLease}). */
    void heartbeat() {
        audit.heartbeat(runId);
    }

    /** The HR read with its rejections; kept before Cakewalk is read, so a failed run still shows it. */
    void readHr(HrRead hr) {
        audit.recordSource(
                runId,
                hr.origin(),
                hr.recordsRead(),
                hr.rejected().stream()
                        .map(r -> new RejectionView(r.locator(), r.employeeId(), r.email(), r.reason()))
                        .toList());
    }

    /** How Cakewalk was read; what came from Cakewalk itself becomes the snapshot later runs may trust. */
    void readCakewalk(CakewalkRead read) {
        read.freshUsers()
                .ifPresent(users -> state.replaceUsers(users.stream()
                        .map(u -> new UserRow(u.id(), u.email(), u.name(), u.statusName()))
                        .toList()));
        read.state().groups().stream()
                .filter(g -> read.freshMembers().containsKey(g.groupId()))
                .forEach(g -> state.saveGroupMembers(
                        runId,
                        g.groupId(),
                        g.groupName(),
                        rows(read.freshMembers().get(g.groupId()))));
        state.recordRefresh(runId, read.mode().name(), read.note());
    }

    /** The verdict and the plan, before the first write to Cakewalk. */
    void decided(Decision decision) {
        audit.recordVerdict(
                runId,
                decision.figures(),
                decision.heldDigest(),
                decision.approval().map(Approval::heldRunId).orElse(null));
        if (!dryRun && decision.heldDigest() != null) {
            audit.recordHold(runId, decision.sameAs().orElse(null), decision.planExpiresAt());
        }
        audit.recordHeadcount(
                runId, decision.headcount().active(), decision.headcount().byDepartment());
        audit.recordPlan(
                runId, decision.plan().changes().stream().map(this::row).toList());
    }

    /**
     * A targeted run's verdict and plan. Its headcount is the HR snapshot with a few people re-read, not
     * a read of HR, so it is not kept as the baseline the next runs' integrity gate compares with.
     */
    void decidedForSome(Decision decision) {
        audit.recordVerdict(runId, decision.figures(), decision.heldDigest(), null);
        audit.recordPlan(
                runId, decision.plan().changes().stream().map(this::row).toList());
    }

    /** One group's writes: their outcomes, what cakesync now owns there, and the group's new snapshot. */
    void applied(GroupResult result) {
        audit.recordOutcomes(
                runId,
                result.outcomes().stream()
                        .map(o -> new ChangeOutcome(
                                result.group().groupId(),
                                o.change().action().name(),
                                o.change().userId(),
                                o.outcome(),
                                o.httpStatus(),
                                o.attempts(),
                                o.error()))
                        .toList());
        ownership.record(runId, result.group().groupId(), result.added(), MembershipOrigin.ADDED);
        ownership.forget(result.group().groupId(), result.removed());
        state.saveGroupMembers(
                runId, result.group().groupId(), result.group().groupName(), rows(result.membersAfter()));
    }

    /** What HR said, as the memory of the next runs (movers, email changes); only after a live run's writes. */
    void sawHr(HrRead hr) {
        hrSnapshot.saveEmployees(
                runId,
                hr.employees().stream()
                        .map(e -> new EmployeeRow(
                                e.employeeId(),
                                e.email(),
                                e.firstName(),
                                e.lastName(),
                                e.department(),
                                e.status().label(),
                                e.attributes(),
                                null,
                                null))
                        .toList());
    }

    /** Closes the run; changes still PLANNED were never sent and become NOT_ATTEMPTED. */
    void close(RunStatus status, int calls, String summary, String error) {
        audit.finishRun(runId, status, calls, summary, error);
    }

    private NewChange row(PlannedChange c) {
        return row(c, dryRun);
    }

    /**
     * A change as the audit keeps it. Nothing of a dry run (or a preview) is sent or held, so each of
     * its changes is a dry-run row, a held one saying what would have held it.
     */
    static NewChange row(PlannedChange c, boolean dryRun) {
        Outcome outcome = c.outcome();
        String reason = c.reason();
        if (dryRun && outcome == Outcome.HELD) {
            int at = reason.lastIndexOf(Guard.HELD);
            reason = reason.substring(0, at) + "; would hold: " + reason.substring(at + Guard.HELD.length());
            outcome = Outcome.SKIPPED_DRY_RUN;
        } else if (dryRun && outcome == Outcome.PLANNED) {
            outcome = Outcome.SKIPPED_DRY_RUN;
        }
        return new NewChange(
                c.groupId(), c.groupName(), c.action().name(), c.userId(), c.email(), c.employeeId(), reason, outcome);
    }

    private static List<MemberRow> rows(List<CakewalkUser> members) {
        return members.stream()
                .map(m -> new MemberRow(m.id(), Emails.normalize(m.email())))
                .toList();
    }
}
