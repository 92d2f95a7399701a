package io.cakesync.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cakesync.audit.GroupStates.Snapshot;
import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.MappingEntry;
import io.cakesync.mapping.MappingFile;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.source.Emails;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The mapping file's rules as the pages show them, each matched to the group snapshot a run saved
 * (by id, else by exact name, as runs resolve them), without asking Cakewalk.
 */
@ApplicationScoped
class MappingRules {
    private final SyncConfig sync;

    MappingRules(SyncConfig sync) {
        this.sync = sync;
    }

    /** One entry of the file; {@code snapshot} is null until a run has read the group. */
    record Rule(MappingEntry entry, Snapshot snapshot) {
        String name() {
            return snapshot == null ? entry.group() : snapshot.groupName();
        }

        /** The group as the planner sees it, to judge who belongs with the planner's own rule. */
        MappedGroup group() {
            return new MappedGroup(
                    snapshot == null ? entry.group() : snapshot.groupId(),
                    name(),
                    entry.rule(),
                    entry.mode(),
                    Set.copyOf(entry.protectedMembers()));
        }

        /** "departments Engineering, Qualitätssicherung; office Berlin; managed-only; 1 protected member". */
        String text() {
            StringBuilder s = new StringBuilder(RuleText.of(entry.rule()));
            if (entry.mode() != GroupMode.AUTHORITATIVE) {
                s.append("; ").append(entry.mode().label());
            }
            if (!entry.protectedMembers().isEmpty()) {
                s.append("; ").append(Words.count(entry.protectedMembers().size(), "protected member"));
            }
            return s.toString();
        }
    }

    record Rules(Path file, List<Rule> rules, List<String> problems) {
        Optional<Rule> find(String groupIdOrName) {
            return rules.stream()
                    .filter(r -> r.snapshot() != null && r.snapshot().groupId().equals(groupIdOrName))
                    .findFirst()
                    .or(() -> rules.stream()
                            .filter(r -> r.entry().group().equals(groupIdOrName)
                                    || r.name().equals(groupIdOrName))
                            .findFirst());
        }
    }

    Rules read(List<Snapshot> snapshots) {
        Optional<Path> file = sync.mappingFile();
        if (file.isEmpty()) {
            return new Rules(null, List.of(), List.of("sync.mapping-file is not set, so no group is mapped"));
        }
        MappingFile.Parsed parsed = MappingFile.read(file.get());
        List<Rule> rules = new ArrayList<>();
        for (MappingEntry entry : parsed.entries()) {
            rules.add(new Rule(entry, match(entry.group().strip(), snapshots)));
        }
        return new Rules(file.get(), rules, parsed.problems());
    }

    /** Members never removed from any group: {@code sync.safety.protected-members}, normalized. */
    Set<String> protectedEverywhere() {
        return sync.safety().protectedMembers().orElse(List.of()).stream()
                .map(Emails::normalize)
                .collect(Collectors.toSet());
    }

    boolean keepOnLeave() {
        return sync.leavePolicy() == SyncConfig.LeavePolicy.KEEP;
    }

    private static Snapshot match(String wanted, List<Snapshot> snapshots) {
        return snapshots.stream()
                .filter(s -> s.groupId().equals(wanted))
                .findFirst()
                .or(() -> snapshots.stream()
                        .filter(s -> wanted.equals(s.groupName().strip()))
                        .findFirst())
                .orElse(null);
    }
}
