package io.cakesync.testing;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

import io.agroal.api.AgroalPoolInterceptor;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Database time as the benchmark reports it: how long connections taken from the pool while armed
 * were held, summed over threads. That covers SQL, round trips and the driver. Inert until armed,
 * so the other tests of the suite pay next to nothing per connection.
 */
@ApplicationScoped
public class ConnectionTimer implements AgroalPoolInterceptor {
    /** Agroal hands acquire and return different wrappers of one connection, but both on the borrowing thread. */
    private final ThreadLocal<Deque<Long>> taken = ThreadLocal.withInitial(ArrayDeque::new);

    private final AtomicLong heldNanos = new AtomicLong();
    private final AtomicLong acquisitions = new AtomicLong();
    private volatile boolean armed;

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (armed) {
            taken.get().push(System.nanoTime());
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        Long since = taken.get().poll();
        if (since != null) {
            heldNanos.addAndGet(System.nanoTime() - since);
            acquisitions.incrementAndGet();
        }
    }

    /** Connections taken before arming (the run lock's) are not counted. */
    public void arm() {
        heldNanos.set(0);
        acquisitions.set(0);
        armed = true;
    }

    public void disarm() {
        armed = false;
    }

    public long heldMillis() {
        return heldNanos.get() / 1_000_000;
    }

    public long acquisitions() {
        return acquisitions.get();
    }
}
