package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkUnavailable;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.cakewalk.WriteResult;
import io.cakesync.cakewalk.WriteStatus;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.vocabulary.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Sends the plan, group by group ({@code sync.concurrency} groups at a time), and hands each group's
 * result to the journal as soon as the group is done, so the audit shows progress even if the process
 * dies halfway. The only code that writes to Cakewalk.
 */
@ApplicationScoped
class Applier {
    private final Cakewalk cakewalk;
    private final SyncConfig config;
    private final BooleanSupplier shutdownRequested;

    Applier(Cakewalk cakewalk, SyncConfig config, @Named("shutdown-requested") BooleanSupplier shutdownRequested) {
        this.cakewalk = cakewalk;
        this.config = config;
        this.shutdownRequested = shutdownRequested;
    }

    record Counted(long applied, long failed) {
    }

    Counted apply(Plan plan, CakewalkState before, Consumer<GroupResult> done) {
        Map<String, List<PlannedChange>> byGroup = new LinkedHashMap<>();
        plan.changes().stream().filter(c -> c.outcome() == Outcome.PLANNED)
                .forEach(c -> byGroup.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c));
        List<Callable<GroupResult>> work = new ArrayList<>();
        for (MappedGroup group : before.groups()) {
            List<PlannedChange> changes = byGroup.getOrDefault(group.groupId(), List.of());
            if (!changes.isEmpty()) {
                work.add(() -> {
                    GroupResult result = applyGroup(group, changes, before);
                    done.accept(result);
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

    private GroupResult applyGroup(MappedGroup group, List<PlannedChange> changes, CakewalkState before) {
        // Stop between groups on shutdown: a group in flight finishes, the rest stays NOT_ATTEMPTED.
        if (shutdownRequested.getAsBoolean()) {
            throw new CakewalkUnavailable("interrupted by shutdown", null, 0, null);
        }
        Map<String, CakewalkUser> members = new LinkedHashMap<>();
        before.membersByGroup().getOrDefault(group.groupId(), List.of()).forEach(m -> members.put(m.id(), m));
        Map<String, CakewalkUser> wereMembers = new LinkedHashMap<>(members);
        List<GroupResult.Sent> outcomes = new ArrayList<>();
        outcomes.addAll(send(group, Action.ADD, changes, cakewalk::addMembers, members));
        outcomes.addAll(send(group, Action.REMOVE, changes, cakewalk::removeMembers, members));
        return new GroupResult(group, outcomes,
                members.keySet().stream().filter(id -> !wereMembers.containsKey(id)).toList(),
                wereMembers.keySet().stream().filter(id -> !members.containsKey(id)).toList(),
                List.copyOf(members.values()));
    }

    private static List<GroupResult.Sent> send(MappedGroup group, Action action, List<PlannedChange> changes,
            BiFunction<String, List<String>, List<WriteResult>> write, Map<String, CakewalkUser> members) {
        Map<String, PlannedChange> byUser = new LinkedHashMap<>();
        changes.stream().filter(c -> c.action() == action).forEach(c -> byUser.put(c.userId(), c));
        if (byUser.isEmpty()) {
            return List.of();
        }
        List<GroupResult.Sent> outcomes = new ArrayList<>();
        for (WriteResult r : write.apply(group.groupId(), List.copyOf(byUser.keySet()))) {
            PlannedChange change = byUser.get(r.userId());
            if (r.status() != WriteStatus.FAILED) {
                if (action == Action.ADD) {
                    members.put(change.userId(), new CakewalkUser(change.userId(), null, change.email(), null));
                } else {
                    members.remove(change.userId());
                }
            }
            outcomes.add(new GroupResult.Sent(change, outcome(r.status()), r.httpStatus(), r.attempts(), r.error()));
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
