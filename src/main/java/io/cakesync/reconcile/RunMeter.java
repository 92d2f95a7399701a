package io.cakesync.reconcile;

import java.time.Duration;
import java.util.Locale;

import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CallStats;

import jakarta.enterprise.context.ApplicationScoped;

/** Measures what a run cost: Cakewalk calls and wall time. */
@ApplicationScoped
class RunMeter {
    private final Cakewalk cakewalk;

    RunMeter(Cakewalk cakewalk) {
        this.cakewalk = cakewalk;
    }

    Started start() {
        return new Started(System.nanoTime(), cakewalk.stats());
    }

    final class Started {
        private final long startNanos;
        private final CallStats before;

        private Started(long startNanos, CallStats before) {
            this.startNanos = startNanos;
            this.before = before;
        }

        Measured stop() {
            return new Measured(
                    (int) cakewalk.stats().minus(before).totalCalls(),
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    record Measured(int calls, Duration elapsed) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d Cakewalk %s in %.1f s",
                    calls,
                    calls == 1 ? "call" : "calls",
                    elapsed.toMillis() / 1000.0);
        }
    }
}
