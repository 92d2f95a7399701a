package io.cakesync.cakewalk;

import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.cakesync.http.PhaseDeadline;
import io.cakesync.http.Sleeper;

import jakarta.ws.rs.ProcessingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Cakewalk that accepts connections and never answers: every attempt ends in the read timeout
 * (30 s of fake time here). The deadline bounds the whole call, retries included.
 */
class CallDeadlineTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
    private final Sleeper sleeper = d -> nanos.addAndGet(d.toNanos());
    private final AtomicInteger calls = new AtomicInteger();
    private final CakewalkApi silent = (CakewalkApi) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {CakewalkApi.class}, (proxy, method, args) -> {
                calls.incrementAndGet();
                nanos.addAndGet(READ_TIMEOUT.toNanos());
                throw new ProcessingException(new SocketTimeoutException("Read timed out"));
            });

    @Test
    void givesUpWhenTheCallDeadlinePassesInsteadOfSpendingEveryAttempt() {
        Cakewalk cakewalk = client(Duration.ofMinutes(1), new PhaseDeadline(nanos::get));

        assertThatThrownBy(cakewalk::users)
                .isInstanceOf(CakewalkUnavailable.class)
                .hasMessage("GET /Users gave up after 2 attempt(s): the call deadline (cakewalk.call-deadline = 1m) "
                        + "passed; last answer: no response: SocketTimeoutException Read timed out");
        assertThat(calls).as("attempts, of 5 allowed").hasValue(2);
    }

    @Test
    void givesUpWhenTheRunPhaseDeadlinePassesFirst() {
        PhaseDeadline phase = new PhaseDeadline(nanos::get);
        phase.start("read", "sync.phase-deadline.read", Duration.ofSeconds(45));
        Cakewalk cakewalk = client(Duration.ofMinutes(5), phase);

        assertThatThrownBy(cakewalk::groups)
                .isInstanceOf(CakewalkUnavailable.class)
                .hasMessageStartingWith("GET /UsersGroups gave up after 2 attempt(s): the read phase deadline "
                        + "(sync.phase-deadline.read = 45s) passed");
        assertThat(calls).hasValue(2);

        phase.end();
        calls.set(0);
        assertThatThrownBy(cakewalk::groups).hasMessageContaining("after 5 attempt(s)");
        assertThat(calls)
                .as("the phase is over: only the attempts and the 5 min call deadline bound it")
                .hasValue(5);
    }

    private Cakewalk client(Duration callDeadline, PhaseDeadline phase) {
        CakewalkConfig base = MissingConfigurationTest.config(Optional.of("k"), Optional.of("s"), Optional.of("t"));
        CakewalkConfig config = (CakewalkConfig) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {CakewalkConfig.class},
                (proxy, method, args) ->
                        method.getName().equals("callDeadline") ? callDeadline : method.invoke(base, args));
        return new Cakewalk(silent, config, sleeper, nanos::get, Clock.systemUTC(), () -> 0.5, phase);
    }
}
