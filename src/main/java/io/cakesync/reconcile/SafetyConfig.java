package io.cakesync.reconcile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits that hold changes for an admin instead of applying them. Percentages are whole numbers; a
 * percentage limit only counts once more than {@link #minChangesForShare()} changes are involved,
 * so that one removal from a team of three is not "33%".
 */
@ConfigMapping(prefix = "sync.safety")
public interface SafetyConfig {

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
