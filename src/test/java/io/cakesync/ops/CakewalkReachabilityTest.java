package io.cakesync.ops;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cakesync.ops.CakewalkReachability.State;

import static org.assertj.core.api.Assertions.assertThat;

class CakewalkReachabilityTest {

    @Test
    void nothingCalledLeavesTheVerdictAlone() {
        assertThat(CakewalkReachability.judge(Map.of())).isNull();
    }

    @Test
    void anyWorkingAnswerMeansReachableEvenA429() {
        assertThat(CakewalkReachability.judge(Map.of("GET /Users", Map.of(200, 2L))))
                .isEqualTo(State.REACHABLE);
        assertThat(CakewalkReachability.judge(Map.of("GET /Users", Map.of(429, 1L))))
                .isEqualTo(State.REACHABLE);
        assertThat(CakewalkReachability.judge(Map.of("GET /Users", Map.of(503, 4L, 200, 1L))))
                .isEqualTo(State.REACHABLE);
    }

    @Test
    void rejectedCredentialsAndNoAnswerAreDown() {
        assertThat(CakewalkReachability.judge(Map.of("GET /UsersGroups", Map.of(401, 1L))))
                .isEqualTo(State.CREDENTIALS_REJECTED);
        assertThat(CakewalkReachability.judge(Map.of("GET /UsersGroups", Map.of(0, 5L))))
                .isEqualTo(State.UNREACHABLE);
        assertThat(CakewalkReachability.judge(Map.of("GET /UsersGroups", Map.of(502, 2L, 0, 3L))))
                .isEqualTo(State.UNREACHABLE);
    }
}
