package io.cakesync.reconcile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How and when runs happen: schedule, mapping, policies, performance, the safety limits
 * ({@code sync.safety.*}), the run's lease and its phase deadlines. The HR source itself is
 * configured under {@code sync.source}.
 */
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
        KEEP,
        REMOVE
    }

    /**
     * How long the daemon trusts its own snapshot of Cakewalk. Runs in between read only what the
     * snapshot cannot vouch for; the first run after it re-reads everything and so finds changes
     * made in Cakewalk by hand. Zero makes every run a full refresh.
     */
    @WithDefault("1h")
    Duration fullRefreshInterval();

    /**
     * Groups read or written at the same time. The client-side rate limit is shared by all of
     * them, so this overlaps latency without raising the call rate.
     */
    @WithDefault("4")
    int concurrency();

    Safety safety();

    /** How a run proves it may go on: its lock and heartbeat ({@code sync.lease.*}). */
    Lease lease();

    /** How long each phase of a run may take ({@code sync.phase-deadline.*}). */
    PhaseDeadlines phaseDeadline();

    interface Lease {
        /** How often a live run writes its heartbeat. */
        @WithDefault("10s")
        Duration heartbeatEvery();

        /**
         * A run left RUNNING whose heartbeat is older than this, and whose lock is free, is taken for
         * dead and marked ABANDONED. Keep it well above {@code heartbeat-every}.
         */
        @WithDefault("60s")
        Duration staleAfter();
    }

    interface PhaseDeadlines {
        /** Reading HR and Cakewalk: every remote call of the phase must be over by then. */
        @WithDefault("30m")
        Duration read();

        /** Writing to Cakewalk: no write starts after it. */
        @WithDefault("1h")
        Duration apply();
    }

    /**
     * Limits that hold changes for an admin instead of applying them. Percentages are whole numbers; a
     * percentage limit only counts once more than {@link #minChangesForShare()} changes are involved,
     * so that one removal from a team of three is not "33%".
     */
    interface Safety {

        @WithDefault("10")
        int maxRemovalsPerGroup();

        @WithDefault("20")
        int maxRemovalSharePerGroup();

        @WithDefault("50")
        int maxRemovalsPerRun();

        @WithDefault("10")
        int maxRemovalSharePerRun();

        @WithDefault("100")
        int maxAddsPerGroup();

        @WithDefault("500")
        int maxAddsPerRun();

        @WithDefault("3")
        int minChangesForShare();

        /**
         * People HR says left (terminated, inactive, or on leave under the remove policy) whose removals one
         * run may make; more hold every leaver's removal, so an HR glitch that ends a department waits for an
         * admin while a normal week of leavers goes out.
         */
        @WithDefault("20")
        int maxLeaversPerRun();

        /** The same as a percentage of the people working before the run (active now plus these leavers). */
        @WithDefault("5")
        int maxLeaverSharePerRun();

        /** Largest drop of active employees, overall or in one mapped department, since the last successful run. */
        @WithDefault("20")
        int maxHeadcountDrop();

        /**
         * With no earlier successful run to compare the HR source with, hold every removal for review.
         * Turn off only for a tenant whose groups cakesync created empty.
         */
        @WithDefault("true")
        boolean holdFirstRun();

        /** How long a held plan can be approved. */
        @WithDefault("24h")
        Duration heldPlanExpiry();

        /** Members never removed, by email or Cakewalk user id, in every group. */
        Optional<List<String>> protectedMembers();

        /** How long a person who moved department keeps the old department's groups. */
        @WithDefault("0s")
        Duration moverGrace();
    }
}
