package io.cakesync.http;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/** Time as a {@link CallPolicy} sees it; tests count waits and set the clock instead of sleeping. */
public record Timing(Sleeper sleeper, LongSupplier nanoTime, Clock clock, DoubleSupplier random) {

    public static final Timing REAL = new Timing(
            Sleeper.REAL,
            System::nanoTime,
            Clock.systemUTC(),
            () -> ThreadLocalRandom.current().nextDouble());
}
