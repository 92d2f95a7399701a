package io.cakesync.http;

import java.time.Duration;

/** Waiting, behind an interface so that policy tests can count waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** Really sleeps. An interrupt means shutdown: keep the flag and stop the call in progress. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterrupted(e);
        }
    };
}
