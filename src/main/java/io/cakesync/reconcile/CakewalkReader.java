package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.jboss.logging.Logger;

import io.cakesync.audit.HrSnapshot;
import io.cakesync.audit.StateStore;
import io.cakesync.audit.StateStore.FullRefresh;
import io.cakesync.audit.StateStore.MemberRow;
import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkGroup;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.Mapping;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads Cakewalk for a run: resolves the mapping against the real groups, then learns the users and
 * the members of every mapped group (never of an unmapped one). It only reads; the journal keeps what
 * was freshly read as the new snapshot.
 *
 * <p>A full refresh reads all of it. Between full refreshes the daemon's own snapshot is trusted:
 * it was read by the last full refresh and kept up to date by every write since, so re-reading it
 * would only cost calls. What the snapshot cannot vouch for is still read: a group it lacks or whose
 * last write ended in doubt, and the user list when HR names someone new that the cached list does
 * not know (Cakewalk may have imported them since). Someone HR listed before and Cakewalk still
 * lacks is looked for again on the next full refresh, so a backlog of such people does not make
 * every run re-read the user list. An event run also takes the mapped groups' ids and names from the
 * snapshot when it vouches for all of them.
 */
@ApplicationScoped
class CakewalkReader {
    private static final Logger LOG = Logger.getLogger(CakewalkReader.class);

    private final Cakewalk cakewalk;
    private final StateStore state;
    private final HrSnapshot hrSnapshot;
    private final SyncConfig config;
    private final RefreshPolicy policy;

    CakewalkReader(
            Cakewalk cakewalk, StateStore state, HrSnapshot hrSnapshot, SyncConfig config, RefreshPolicy policy) {
        this.cakewalk = cakewalk;
        this.state = state;
        this.hrSnapshot = hrSnapshot;
        this.config = config;
        this.policy = policy;
    }

    CakewalkRead read(Mapping mapping, List<Employee> employees, StatusPolicy status) {
        return read(mapping, employees, status, false);
    }

    /**
     * {@code targeted}: an event run, which trusts the snapshot even when the refresh interval has passed
     * (the next scheduled run refreshes in full); without a snapshot to trust it still reads everything.
     */
    CakewalkRead read(Mapping mapping, List<Employee> employees, StatusPolicy status, boolean targeted) {
        Optional<FullRefresh> last = state.lastFullRefresh();
        Map<String, String> settled = last.isPresent() && policy.trustsSnapshots()
                ? state.settledGroupNames(last.get().runId())
                : Map.of();
        Optional<List<MappedGroup>> vouched = targeted ? vouched(mapping, settled) : Optional.empty();
        List<MappedGroup> groups = vouched.orElseGet(() -> mapping.resolve(cakewalk.groups()));
        RefreshPolicy.Decision decision = policy.decide(last);
        if (targeted && decision.mode() == RefreshMode.FULL && last.isPresent() && policy.trustsSnapshots()) {
            decision = new RefreshPolicy.Decision(
                    RefreshMode.INCREMENTAL,
                    decision.why() + "; an event run leaves the full refresh to the next scheduled run");
        }
        Map<String, List<MemberRow>> trusted = trusted(settled, groups);
        Read read = decision.mode() == RefreshMode.FULL
                ? full(groups, trusted)
                : incremental(groups, trusted, Belonging.of(groups, employees, status), employees);
        return new CakewalkRead(
                read.state(),
                decision.mode(),
                decision.why() + "; " + (vouched.isPresent() ? "groups from the snapshot; " : "") + read.note(),
                read.fresh().users(),
                read.fresh().members());
    }

    private record Read(CakewalkState state, String note, Reads fresh) {}

    /**
     * For an event run, the mapping resolved against the groups the snapshot vouches for, so the group
     * list is not read again; empty when an entry names a group it does not know (new in the mapping,
     * or with a write in doubt), and the group list is read as for any run.
     */
    private static Optional<List<MappedGroup>> vouched(Mapping mapping, Map<String, String> settled) {
        if (settled.isEmpty()) {
            return Optional.empty();
        }
        List<CakewalkGroup> known = settled.entrySet().stream()
                .map(g -> new CakewalkGroup(g.getKey(), g.getValue(), null, false))
                .toList();
        return mapping.resolveWithin(known);
    }

    /** The snapshots of the mapped groups that the daemon can still vouch for ({@code settled}, by id). */
    private Map<String, List<MemberRow>> trusted(Map<String, String> settled, List<MappedGroup> groups) {
        if (settled.isEmpty()) {
            return Map.of();
        }
        return state.groupMembers(groups.stream()
                .map(MappedGroup::groupId)
                .filter(settled::containsKey)
                .toList());
    }

    /** {@code believed}: the snapshots incremental runs trusted, to tell drift from news. */
    private Read full(List<MappedGroup> groups, Map<String, List<MemberRow>> believed) {
        Reads reads = readConcurrently(true, groups);
        Map<String, Map<String, String>> drift = new HashMap<>();
        believed.forEach((groupId, snapshot) -> {
            Map<String, String> changed = drift(snapshot, reads.members().get(groupId));
            if (!changed.isEmpty()) {
                drift.put(groupId, changed);
            }
        });
        CakewalkState now = new CakewalkState(groups, byEmail(reads.users().get()), reads.members(), drift);
        return new Read(
                now,
                "read the user list and " + groups.size() + " group(s); " + now.driftCount()
                        + " membership(s) found changed outside cakesync",
                reads);
    }

    private Read incremental(
            List<MappedGroup> groups,
            Map<String, List<MemberRow>> trusted,
            Belonging belonging,
            List<Employee> employees) {
        List<CakewalkUser> cached = state.users().stream()
                .map(u -> new CakewalkUser(u.id(), u.name(), u.email(), u.statusName()))
                .toList();
        Map<String, CakewalkUser> index = byEmail(cached);
        boolean newcomers = hasNewcomers(belonging, employees, index);
        List<MappedGroup> unvouched =
                groups.stream().filter(g -> !trusted.containsKey(g.groupId())).toList();
        Reads reads = readConcurrently(newcomers, unvouched);
        Map<String, List<CakewalkUser>> members = new LinkedHashMap<>();
        for (MappedGroup group : groups) {
            List<MemberRow> snapshot = trusted.get(group.groupId());
            members.put(
                    group.groupId(),
                    snapshot == null
                            ? reads.members().get(group.groupId())
                            : snapshot.stream()
                                    .map(m -> new CakewalkUser(m.userId(), null, m.email(), null))
                                    .toList());
        }
        CakewalkState now =
                new CakewalkState(groups, newcomers ? byEmail(reads.users().get()) : index, members);
        return new Read(
                now,
                (newcomers ? "read the user list (HR names someone it lacked)" : "user list from the cache") + "; read "
                        + unvouched.size() + " of " + groups.size() + " group(s), the rest from the snapshot",
                reads);
    }

    /** What was read from Cakewalk itself: the user list (if it was read) and the groups read, by id. */
    private record Reads(Optional<List<CakewalkUser>> users, Map<String, List<CakewalkUser>> members) {}

    /**
     * The user list is one cursor chain and cannot be split, so it is read beside the groups rather
     * than before them; the shared rate limiter keeps the sum of all of them under the limit.
     */
    private Reads readConcurrently(boolean users, List<MappedGroup> groups) {
        List<Callable<List<CakewalkUser>>> tasks = new ArrayList<>();
        if (users) {
            tasks.add(cakewalk::users);
        }
        for (MappedGroup group : groups) {
            tasks.add(() -> cakewalk.members(group.groupId()));
        }
        List<List<CakewalkUser>> results = Parallel.run(config.concurrency(), tasks);
        Map<String, List<CakewalkUser>> members = new LinkedHashMap<>();
        int offset = users ? 1 : 0;
        for (int i = 0; i < groups.size(); i++) {
            members.put(groups.get(i).groupId(), results.get(i + offset));
        }
        return new Reads(users ? Optional.of(results.get(0)) : Optional.empty(), members);
    }

    /**
     * True when an employee who may belong in a mapped group has an email that neither the cached
     * user list nor the last HR read knew: a hire or a changed address, whom Cakewalk may already
     * have imported.
     */
    private boolean hasNewcomers(Belonging belonging, List<Employee> employees, Map<String, CakewalkUser> index) {
        Set<String> seenBefore = null;
        for (Employee e : employees) {
            if (belonging.belongsSomewhere(e) && !index.containsKey(e.email())) {
                seenBefore = seenBefore == null ? hrSnapshot.employeeEmails() : seenBefore;
                if (!seenBefore.contains(e.email())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Differences between what the daemon believed and what Cakewalk has: someone else's edits. */
    private static Map<String, String> drift(List<MemberRow> believed, List<CakewalkUser> actual) {
        Set<String> was = new HashSet<>();
        believed.forEach(m -> was.add(m.userId()));
        Set<String> is = new HashSet<>();
        actual.forEach(m -> is.add(m.id()));
        Map<String, String> changed = new HashMap<>();
        is.stream().filter(id -> !was.contains(id)).forEach(id -> changed.put(id, CakewalkState.ADDED_OUTSIDE));
        was.stream().filter(id -> !is.contains(id)).forEach(id -> changed.put(id, CakewalkState.REMOVED_OUTSIDE));
        return changed;
    }

    /**
     * Two Cakewalk users with one email cannot be told apart by HR data; neither is indexed, so the
     * employee is deferred instead of added to a guess.
     */
    private static Map<String, CakewalkUser> byEmail(List<CakewalkUser> users) {
        Map<String, CakewalkUser> index = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (CakewalkUser u : users) {
            String email = Emails.normalize(u.email());
            if (email == null || email.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(email, u) != null) {
                clash.put(email, true);
            }
        }
        clash.keySet().forEach(email -> {
            LOG.warnf("several Cakewalk users share the email %s; none of them is matched to HR", email);
            index.remove(email);
        });
        return index;
    }
}
