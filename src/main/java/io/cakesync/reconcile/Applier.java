package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.ChangeOutcome;
import io.cakesync.audit.Outcome;
import io.cakesync.audit.Ownership;
import io.cakesync.audit.StateStore;
import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.cakewalk.WriteResult;
import io.cakesync.cakewalk.WriteStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Step 8: sends the plan, group by group ({@code sync.concurrency} groups at a time), and records each
 * outcome as soon as the group is done, so the audit shows progress even if the process dies halfway.
 * The only code that writes to Cakewalk.
 */
@ApplicationScoped
class Applier {
    /** Adds per lease check: one POST at the default batch size. Removes are checked one DELETE at a time. */
    private static final int ADDS_PER_CHECK = 100;

    private final Cakewalk cakewalk;
    private final AuditTrail audit;
    private final StateStore state;
    private final Ownership ownership;
    private final PerfConfig config;

    Applier(Cakewalk cakewalk, AuditTrail audit, StateStore state, Ownership ownership, PerfConfig config) {
        this.cakewalk = cakewalk;
        this.audit = audit;
        this.state = state;
        this.ownership = ownership;
        this.config = config;
    }

    record Counted(int applied, int failed) {
    }

    Counted apply(long runId, List<PlannedChange> changes, List<Long> ids, CakewalkState before, RunControl.Gate gate) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).disposition() == Disposition.APPLY) {
                byGroup.computeIfAbsent(changes.get(i).groupId(), g -> new ArrayList<>()).add(i);
            }
        }
        List<Callable<Counted>> work = new ArrayList<>();
        for (MappedGroup group : before.groups()) {
            List<Integer> indexes = byGroup.getOrDefault(group.groupId(), List.of());
            if (!indexes.isEmpty()) {
                work.add(() -> applyGroup(runId, group, indexes, changes, ids, before, gate));
            }
        }
        // Groups are independent: each has its own calls, outcome rows and snapshot.
        return Parallel.run(config.concurrency(), work).stream()
                .reduce(new Counted(0, 0), (a, b) -> new Counted(a.applied() + b.applied(), a.failed() + b.failed()));
    }

    private Counted applyGroup(long runId, MappedGroup group, List<Integer> indexes, List<PlannedChange> changes,
            List<Long> ids, CakewalkState before, RunControl.Gate gate) {
        // Stop between batches when the run may not write any more; what is left stays NOT_ATTEMPTED.
        if (!gate.mayWrite()) {
            throw gate.stopped();
        }
        int applied = 0;
        int failed = 0;
        Map<String, CakewalkUser> members = new LinkedHashMap<>();
        before.membersByGroup().getOrDefault(group.groupId(), List.of()).forEach(m -> members.put(m.id(), m));
        List<ChangeOutcome> outcomes = new ArrayList<>();
        Map<String, CakewalkUser> wereMembers = new LinkedHashMap<>(members);
        outcomes.addAll(send(group, Action.ADD, indexes, changes, ids, cakewalk::addMembers, members, gate));
        outcomes.addAll(send(group, Action.REMOVE, indexes, changes, ids, cakewalk::removeMembers, members, gate));
        audit.recordOutcomes(outcomes);
        recordOwnership(runId, group.groupId(), wereMembers, members);
        state.saveGroupMembers(runId, group.groupId(), group.groupName(),
                CakewalkReader.rows(List.copyOf(members.values())));
        if (outcomes.size() < indexes.size()) {
            throw gate.stopped();
        }
        for (ChangeOutcome o : outcomes) {
            if (o.outcome() == Outcome.FAILED) {
                failed++;
            } else {
                applied++;
            }
        }
        return new Counted(applied, failed);
    }

    /** cakesync owns what it added; what it removed it no longer owns. */
    private void recordOwnership(long runId, String groupId, Map<String, CakewalkUser> before,
            Map<String, CakewalkUser> after) {
        ownership.record(runId, groupId,
                after.keySet().stream().filter(id -> !before.containsKey(id)).toList(), Ownership.ADDED);
        ownership.forget(groupId, before.keySet().stream().filter(id -> !after.containsKey(id)).toList());
    }

    private static List<ChangeOutcome> send(MappedGroup group, Action action, List<Integer> indexes,
            List<PlannedChange> changes, List<Long> ids, BiFunction<String, List<String>, List<WriteResult>> write,
            Map<String, CakewalkUser> members, RunControl.Gate gate) {
        Map<String, Integer> byUser = new LinkedHashMap<>();
        for (int i : indexes) {
            if (changes.get(i).action() == action) {
                byUser.put(changes.get(i).userId(), i);
            }
        }
        if (byUser.isEmpty()) {
            return List.of();
        }
        List<ChangeOutcome> outcomes = new ArrayList<>();
        List<String> users = List.copyOf(byUser.keySet());
        int per = action == Action.ADD ? ADDS_PER_CHECK : 1;
        for (int from = 0; from < users.size() && gate.mayWrite(); from += per) {
            for (WriteResult r : write.apply(group.groupId(), users.subList(from, Math.min(users.size(), from + per)))) {
                int i = byUser.get(r.userId());
                PlannedChange change = changes.get(i);
                if (r.status() != WriteStatus.FAILED) {
                    if (action == Action.ADD) {
                        members.put(change.userId(), new CakewalkUser(change.userId(), null, change.email(), null));
                    } else {
                        members.remove(change.userId());
                    }
                }
                outcomes.add(new ChangeOutcome(ids.get(i), outcome(r.status()), r.httpStatus(), r.attempts(), r.error()));
            }
        }
        return outcomes;
    }

    private static Outcome outcome(WriteStatus status) {
        return switch (status) {
            case APPLIED -> Outcome.APPLIED;
            case ALREADY_DONE -> Outcome.ALREADY_DONE;
            case FAILED -> Outcome.FAILED;
        };
    }
}
