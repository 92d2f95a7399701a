package io.cakesync.reconcile;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.sandbox.Hold;
import io.cakesync.testing.SequentialBenchProfile;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(SequentialBenchProfile.class)
class SequentialSyncTest extends ConcurrencyContract {

    /** While the first group's call is held, the other group's has not been sent; it goes once released. */
    @Test
    void handlesOneGroupAtATime() {
        TwoGroups two = TwoGroups.seed();
        try {
            CompletableFuture<RunReport> run = fullRunInBackground();

            for (List<Hold> calls :
                    List.of(List.of(two.northRead, two.southRead), List.of(two.northAdd, two.southAdd))) {
                List<Hold> order = TwoGroups.inArrivalOrder(calls.get(0), calls.get(1));
                assertThat(order.get(1).arrived())
                        .as("the other group's call while the first is held")
                        .isFalse();
                order.get(0).release();
                order.get(1).awaitArrived();
                order.get(1).release();
            }

            two.assertSynced(run.join());
        } finally {
            two.releaseAll();
        }
    }
}
