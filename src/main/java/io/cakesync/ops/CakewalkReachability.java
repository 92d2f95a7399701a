package io.cakesync.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CallStats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether Cakewalk answered the calls made since the last look, from the facade's counters: no call of
 * its own, so a probe costs nothing. Between runs the last verdict stands.
 */
@ApplicationScoped
class CakewalkReachability {

    enum State {
        NOT_CALLED_YET,
        REACHABLE,
        CREDENTIALS_REJECTED,
        UNREACHABLE
    }

    record Verdict(State state, Instant since) {
        boolean up() {
            return state == State.NOT_CALLED_YET || state == State.REACHABLE;
        }
    }

    private final Cakewalk cakewalk;
    private final Clock clock;
    private CallStats seen;
    private Verdict verdict;

    @Inject
    CakewalkReachability(Cakewalk cakewalk) {
        this(cakewalk, Clock.systemUTC());
    }

    CakewalkReachability(Cakewalk cakewalk, Clock clock) {
        this.cakewalk = cakewalk;
        this.clock = clock;
        // From zero, not from now: calls made before the first probe count too.
        this.seen = new CallStats(Map.of(), 0, 0, 0, 0);
        this.verdict = new Verdict(State.NOT_CALLED_YET, clock.instant());
    }

    synchronized Verdict current() {
        CallStats now = cakewalk.stats();
        State state = judge(now.minus(seen).calls());
        seen = now;
        if (state != null && state != verdict.state()) {
            verdict = new Verdict(state, clock.instant());
        }
        return verdict;
    }

    /**
     * Any answer that shows Cakewalk working (2xx, 404, even 429: busy is not down) wins over failures in
     * the same window; then rejected credentials; then no answer or 5xx. Null when nothing was called.
     */
    static State judge(Map<String, Map<Integer, Long>> calls) {
        boolean any = false;
        boolean rejected = false;
        boolean working = false;
        for (Map<Integer, Long> byStatus : calls.values()) {
            for (Map.Entry<Integer, Long> e : byStatus.entrySet()) {
                if (e.getValue() <= 0) {
                    continue;
                }
                int status = e.getKey();
                any = true;
                rejected |= status == 401 || status == 403;
                working |= status > 0 && status < 500 && status != 401 && status != 403;
            }
        }
        if (!any) {
            return null;
        }
        return working ? State.REACHABLE : rejected ? State.CREDENTIALS_REJECTED : State.UNREACHABLE;
    }
}
