package io.cakesync.reconcile;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cakesync.source.Emails;

/** The settings a decision is made by, taken from the configuration once per run. */
record RunPolicy(
        StatusPolicy status,
        Set<String> protectedMembers,
        Duration moverGrace,
        Limits limits,
        Duration heldPlanExpiry) {

    static RunPolicy from(SyncConfig config) {
        Set<String> protectedMembers = new HashSet<>();
        config.safety().protectedMembers().orElse(List.of()).forEach(p -> protectedMembers.add(Emails.normalize(p)));
        return new RunPolicy(
                new StatusPolicy(
                        config.leavePolicy() == SyncConfig.LeavePolicy.KEEP, Set.copyOf(config.ineligibleStatuses())),
                Set.copyOf(protectedMembers),
                config.safety().moverGrace(),
                Limits.from(config.safety()),
                config.safety().heldPlanExpiry());
    }
}
