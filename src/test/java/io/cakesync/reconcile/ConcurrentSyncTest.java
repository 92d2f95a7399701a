package io.cakesync.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cakesync.testing.BenchProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(BenchProfile.class)
class ConcurrentSyncTest extends ConcurrencyContract {

    @Test
    void readsAndWritesSeveralGroupsAtOnce() {
        assertThat(config.concurrency()).isGreaterThan(1);
    }
}
