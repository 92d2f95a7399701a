package io.cakesync.reconcile;

import java.time.Duration;
import java.util.List;

import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.Faults;
import io.cakesync.sandbox.Hold;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.BenchSandboxResource;
import io.cakesync.testing.SmallTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The small tenant with two groups, North and South, on the benchmarks' sandbox, with the members
 * read and the add of each group held there: a test sees which group calls are in flight at once,
 * and lets them go when it has looked.
 */
final class TwoGroups {
    private static final SmallTenant SMALL = new SmallTenant(12);

    final SandboxTenant tenant;
    final Hold northRead;
    final Hold southRead;
    final Hold northAdd;
    final Hold southAdd;

    private TwoGroups(SandboxTenant tenant, Faults faults) {
        this.tenant = tenant;
        this.northRead = faults.hold("GET", members(SMALL.group(1)));
        this.southRead = faults.hold("GET", members(SMALL.group(2)));
        this.northAdd = faults.hold("POST", members(SMALL.group(1)));
        this.southAdd = faults.hold("POST", members(SMALL.group(2)));
    }

    static TwoGroups seed() {
        return new TwoGroups(
                SMALL.seedBench("North", "South"), BenchSandboxResource.server().faults());
    }

    /** The two holds in the order requests reached them; when both were reached, in the given order. */
    static List<Hold> inArrivalOrder(Hold one, Hold other) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> one.arrived() || other.arrived());
        return one.arrived() ? List.of(one, other) : List.of(other, one);
    }

    void assertSynced(RunReport report) {
        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(tenant.members(SMALL.group(1))).containsExactly(SMALL.person(1));
        assertThat(tenant.members(SMALL.group(2))).containsExactly(SMALL.person(2));
    }

    /** Lets every held call go, for a test that failed half-way. */
    void releaseAll() {
        List.of(northRead, southRead, northAdd, southAdd).forEach(Hold::release);
    }

    private static String members(String groupId) {
        return "/api/v1/UsersGroups/" + groupId + "/Users";
    }
}
