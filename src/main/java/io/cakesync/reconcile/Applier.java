package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.cakewalk.WriteResult;
import io.cakesync.cakewalk.WriteStatus;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.vocabulary.Outcome;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends the plan, group by group ({@code sync.concurrency} groups at a time), and hands each group's
 * result to the journal as soon as the group is done, so the audit shows progress even if the process
 * dies halfway. The only code that writes to Cakewalk.
 */
@ApplicationScoped
class Applier {
    /** Adds per gate check: one POST at the default batch size. Removes are checked one DELETE at a time. */
    private static final int ADDS_PER_CHECK = 100;

    private final Cakewalk cakewalk;
    private final SyncConfig config;

    Applier(Cakewalk cakewalk, SyncConfig config) {
        this.cakewalk = cakewalk;
        this.config = config;
    }

    record Counted(long applied, long failed) {}

    /** {@code gate} is asked before every batch of writes; once it says no, the run stops with what it did recorded. */
    Counted apply(Plan plan, CakewalkState before, Consumer<GroupResult> done, RunControl.Gate gate) {
        Map<String, List<PlannedChange>> byGroup = new LinkedHashMap<>();
        plan.changes().stream()
                .filter(c -> c.outcome() == Outcome.PLANNED)
                .forEach(c -> byGroup.computeIfAbsent(c.groupId(), g -> new ArrayList<>())
                        .add(c));
        List<Callable<GroupResult>> work = new ArrayList<>();
        for (MappedGroup group : before.groups()) {
            List<PlannedChange> changes = byGroup.getOrDefault(group.groupId(), List.of());
            if (!changes.isEmpty()) {
                work.add(() -> {
                    GroupResult result = applyGroup(group, changes, before, gate);
                    done.accept(result);
                    if (result.outcomes().size() < changes.size()) {
                        throw gate.stopped();
                    }
                    return result;
                });
            }
        }
        // Groups are independent: each has its own calls, outcome rows and snapshot.
        List<GroupResult> results = Parallel.run(config.concurrency(), work);
        long failed = results.stream().mapToLong(GroupResult::failed).sum();
        long sent = results.stream().mapToLong(r -> r.outcomes().size()).sum();
        return new Counted(sent - failed, failed);
    }

    private GroupResult applyGroup(
            MappedGroup group, List<PlannedChange> changes, CakewalkState before, RunControl.Gate gate) {
        // Stop between batches when the run may not write any more; what is left stays NOT_ATTEMPTED.
        if (!gate.mayWrite()) {
            throw gate.stopped();
        }
        Map<String, CakewalkUser> members = new LinkedHashMap<>();
        before.membersByGroup().getOrDefault(group.groupId(), List.of()).forEach(m -> members.put(m.id(), m));
        Map<String, CakewalkUser> wereMembers = new LinkedHashMap<>(members);
        List<GroupResult.Sent> outcomes = new ArrayList<>();
        outcomes.addAll(send(group, Action.ADD, changes, cakewalk::addMembers, members, gate));
        outcomes.addAll(send(group, Action.REMOVE, changes, cakewalk::removeMembers, members, gate));
        return new GroupResult(
                group,
                outcomes,
                members.keySet().stream()
                        .filter(id -> !wereMembers.containsKey(id))
                        .toList(),
                wereMembers.keySet().stream()
                        .filter(id -> !members.containsKey(id))
                        .toList(),
                List.copyOf(members.values()));
    }

    private static List<GroupResult.Sent> send(
            MappedGroup group,
            Action action,
            List<PlannedChange> changes,
            BiFunction<String, List<String>, List<WriteResult>> write,
            Map<String, CakewalkUser> members,
            RunControl.Gate gate) {
        Map<String, PlannedChange> byUser = new LinkedHashMap<>();
        changes.stream().filter(c -> c.action() == action).forEach(c -> byUser.put(c.userId(), c));
        if (byUser.isEmpty()) {
            return List.of();
        }
        List<GroupResult.Sent> outcomes = new ArrayList<>();
        List<String> users = List.copyOf(byUser.keySet());
        int per = action == Action.ADD ? ADDS_PER_CHECK : 1;
        for (int from = 0; from < users.size() && gate.mayWrite(); from += per) {
            for (WriteResult r :
                    write.apply(group.groupId(), users.subList(from, Math.min(users.size(), from + per)))) {
                PlannedChange change = byUser.get(r.userId());
                if (r.status() != WriteStatus.FAILED) {
                    if (action == Action.ADD) {
                        members.put(change.userId(), new CakewalkUser(change.userId(), null, change.email(), null));
                    } else {
                        members.remove(change.userId());
                    }
                }
                outcomes.add(
                        new GroupResult.Sent(change, outcome(r.status()), r.httpStatus(), r.attempts(), r.error()));
            }
        }
        return outcomes;
    }

    /** The one translation from the facade's write status into the run's vocabulary. */
    private static Outcome outcome(WriteStatus status) {
        return switch (status) {
            case APPLIED -> Outcome.APPLIED;
            case ALREADY_DONE -> Outcome.ALREADY_DONE;
            case FAILED -> Outcome.FAILED;
        };
    }
}
