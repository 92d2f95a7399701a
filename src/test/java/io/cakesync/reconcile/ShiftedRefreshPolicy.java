package io.cakesync.reconcile;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.junit.QuarkusMock;

/**
 * The refresh policy with its clock moved forward on demand, so a test can make the next run a full
 * refresh by letting the interval "pass" instead of waiting for it.
 */
final class ShiftedRefreshPolicy extends RefreshPolicy {
    private volatile Duration ahead = Duration.ZERO;

    private ShiftedRefreshPolicy(SyncConfig config) {
        super(config);
    }

    /** Installs a shifted policy for the current test; every run until {@link #now()} is moved is unaffected. */
    static ShiftedRefreshPolicy install(SyncConfig config) {
        ShiftedRefreshPolicy policy = new ShiftedRefreshPolicy(config);
        QuarkusMock.installMockForType(policy, RefreshPolicy.class);
        return policy;
    }

    /** The next run (and every run until {@link #backToNow()}) sees the full-refresh interval as elapsed. */
    void intervalElapses() {
        ahead = Duration.ofDays(365);
    }

    void backToNow() {
        ahead = Duration.ZERO;
    }

    @Override
    Instant now() {
        return super.now().plus(ahead);
    }
}
