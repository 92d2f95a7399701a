package io.cakesync.reconcile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How and when runs happen. The HR source itself is configured under {@code sync.source}. */
@ConfigMapping(prefix = "sync")
public interface SyncConfig {

    /** Quartz cron expression for scheduled runs; {@code off} disables the schedule. */
    @WithDefault("0 0/15 * * * ?")
    String schedule();

    /** When true, scheduled and API-triggered runs plan and audit but never write to Cakewalk. */
    @WithDefault("false")
    boolean dryRun();

    /** The YAML file mapping Cakewalk groups to HR departments. */
    Optional<Path> mappingFile();

    /** Whether employees on leave keep their group memberships. */
    @WithDefault("keep")
    LeavePolicy leavePolicy();

    /** Cakewalk user statuses that are never added to a group. */
    @WithDefault("Deactivated,Offboarding,Ignored,Discovered")
    List<String> ineligibleStatuses();

    /** Name of this process in the audit; defaults to the host name. */
    Optional<String> nodeName();

    enum LeavePolicy {
        KEEP, REMOVE
    }
}
