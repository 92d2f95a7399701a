package io.cakesync.sandbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request the sandbox has applied and recorded but not yet answered, until the test releases it.
 * While it is held the test knows the client is inside that call, for exactly as long as it needs.
 * Both sides wait a bounded time, so a broken test fails (or at worst slows down) instead of hanging.
 */
public final class Hold {
    /** Longer than a test waits for arrival, so a request held too long cannot pass for one that came late. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    private static final Duration ARRIVAL = Duration.ofSeconds(10);

    private final String request;
    private final Duration limit;
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    Hold(String request, Duration limit) {
        this.request = request;
        this.limit = limit;
    }

    /** Blocks until a matching request is held; fails after 10 seconds. */
    public void awaitArrived() {
        awaitArrived(ARRIVAL);
    }

    public void awaitArrived(Duration within) {
        if (!await(arrived, within)) {
            throw new IllegalStateException("no request " + request + " reached the sandbox within " + within);
        }
    }

    public boolean arrived() {
        return arrived.getCount() == 0;
    }

    /** Lets the held request be answered; releasing before it arrives means it is not held at all. */
    public void release() {
        released.countDown();
    }

    /** On the handler's thread. A request never released is answered anyway once the limit is up. */
    void arriveAndWait() {
        arrived.countDown();
        await(released, limit);
    }

    /** Interrupted only when the server or the test is stopping; the caller then gives up waiting. */
    private static boolean await(CountDownLatch latch, Duration limit) {
        try {
            return latch.await(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
