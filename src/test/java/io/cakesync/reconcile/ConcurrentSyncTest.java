package io.cakesync.reconcile;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.BenchProfile;

@QuarkusTest
@TestProfile(BenchProfile.class)
class ConcurrentSyncTest extends ConcurrencyContract {

    /** Both groups' calls reach the sandbox while neither has been answered. */
    @Test
    void readsAndWritesSeveralGroupsAtOnce() {
        TwoGroups two = TwoGroups.seed();
        try {
            CompletableFuture<RunReport> run = fullRunInBackground();

            two.northRead.awaitArrived();
            two.southRead.awaitArrived();
            two.northRead.release();
            two.southRead.release();
            two.northAdd.awaitArrived();
            two.southAdd.awaitArrived();
            two.northAdd.release();
            two.southAdd.release();

            two.assertSynced(run.join());
        } finally {
            two.releaseAll();
        }
    }
}
