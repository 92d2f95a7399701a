package io.cakesync.cakewalk;

import java.time.Duration;

/** Waiting, behind an interface so that policy tests can count waits instead of sleeping. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration);

    /** Really sleeps. An interrupt means shutdown: keep the flag and stop the call in progress. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CakewalkUnavailable("interrupted while waiting to call Cakewalk", null, 0, e);
        }
    };
}
