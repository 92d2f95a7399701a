package io.cakesync.reconcile;

/** The thresholds the guard judges a plan by; see {@link SyncConfig.Safety} for their meaning and defaults. */
record Limits(
        int maxRemovalsPerGroup,
        int maxRemovalSharePerGroup,
        int maxRemovalsPerRun,
        int maxRemovalSharePerRun,
        int maxAddsPerGroup,
        int maxAddsPerRun,
        int minChangesForShare,
        int maxHeadcountDrop,
        boolean holdFirstRun,
        int maxLeaversPerRun,
        int maxLeaverSharePerRun) {

    static Limits from(SyncConfig.Safety c) {
        return new Limits(
                c.maxRemovalsPerGroup(),
                c.maxRemovalSharePerGroup(),
                c.maxRemovalsPerRun(),
                c.maxRemovalSharePerRun(),
                c.maxAddsPerGroup(),
                c.maxAddsPerRun(),
                c.minChangesForShare(),
                c.maxHeadcountDrop(),
                c.holdFirstRun(),
                c.maxLeaversPerRun(),
                c.maxLeaverSharePerRun());
    }

    /** True when {@code count} changes out of {@code base} exceed the count limit or the share limit. */
    boolean exceeds(int count, int base, int maxCount, int maxSharePercent) {
        return count > maxCount || (count > minChangesForShare && percent(count, base) > maxSharePercent);
    }

    static int percent(int part, int whole) {
        return whole == 0 ? (part == 0 ? 0 : 100) : (int) Math.round(part * 100.0 / whole);
    }
}
