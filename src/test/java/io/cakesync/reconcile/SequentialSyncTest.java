package io.cakesync.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cakesync.testing.SequentialBenchProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(SequentialBenchProfile.class)
class SequentialSyncTest extends ConcurrencyContract {

    @Test
    void handlesOneGroupAtATime() {
        assertThat(config.concurrency()).isEqualTo(1);
    }
}
