package io.cakesync.testing;

import java.util.Map;

/**
 * Safety limits opened wide, for tests and benchmarks about what the engine sends: their scenarios
 * (a messy first sync, mass churn) would otherwise be held for approval, as they are in production.
 */
public final class SafetyOff {
    public static final Map<String, String> SETTINGS = Map.of(
            "sync.safety.hold-first-run", "false",
            "sync.safety.max-headcount-drop", "100",
            "sync.safety.max-removals-per-group", "1000000",
            "sync.safety.max-removal-share-per-group", "100",
            "sync.safety.max-removals-per-run", "1000000",
            "sync.safety.max-removal-share-per-run", "100",
            "sync.safety.max-adds-per-group", "1000000",
            "sync.safety.max-adds-per-run", "1000000",
            "sync.safety.max-leavers-per-run", "1000000",
            "sync.safety.max-leaver-share-per-run", "100");

    private SafetyOff() {}
}
