package io.cakesync.source.bamboohr;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import io.cakesync.http.Sleeper;

/** Time as the call policy and the pre-hire rule see it; tests count waits and set the clock instead of sleeping. */
record Timing(Sleeper sleeper, LongSupplier nanoTime, Clock clock, DoubleSupplier random) {

    static final Timing REAL = new Timing(Sleeper.REAL, System::nanoTime, Clock.systemUTC(),
            () -> ThreadLocalRandom.current().nextDouble());
}
