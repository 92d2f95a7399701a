package io.cakesync.testing;

/** {@link BenchProfile} with one group at a time: the reference concurrent runs must match. */
public class SequentialBenchProfile extends BenchProfile {
    @Override
    String concurrency() {
        return "1";
    }
}
