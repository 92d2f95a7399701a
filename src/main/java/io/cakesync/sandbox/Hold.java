package io.cakesync.sandbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A request applied and held: the test waits until it is reached, does what it must, then releases it. */
public final class Hold {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** True once the request was applied and is waiting for {@link #release()}. */
    public boolean awaitReached(Duration atMost) throws InterruptedException {
        return reached.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void release() {
        released.countDown();
    }

    /** Interrupted only when the server is closing; the answer then goes nowhere anyway. */
    void reachedAndWait() {
        reached.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
