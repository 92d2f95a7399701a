package io.cakesync.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The deadline of the run phase in progress (reading, writing), which every remote call made through
 * a {@link CallPolicy} (Cakewalk and HR connectors) also has to meet. One per process: the run lock
 * lets a process run one run at a time.
 */
@ApplicationScoped
public class PhaseDeadline {
    record Phase(String name, String setting, Duration limit, long endsAt) {}

    private final LongSupplier nanoTime;
    private volatile Phase current;

    @Inject
    PhaseDeadline() {
        this(System::nanoTime);
    }

    public PhaseDeadline(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** {@code setting}: the configuration key of {@code limit}, for the error when it passes. */
    public void start(String name, String setting, Duration limit) {
        current = new Phase(name, setting, limit, nanoTime.getAsLong() + limit.toNanos());
    }

    public void end() {
        current = null;
    }

    Optional<Phase> current() {
        return Optional.ofNullable(current);
    }
}
