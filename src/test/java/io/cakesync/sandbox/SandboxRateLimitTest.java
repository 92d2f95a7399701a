package io.cakesync.sandbox;

import java.net.http.HttpResponse;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxRateLimitTest {

    @Test
    void answers429WithRetryAfterOnceTheMinuteIsUsedUp() {
        SandboxOptions options = SandboxOptions.defaults(Api.KEY, Api.SECRET).withRateLimitPerMinute(3);
        try (Api api = Api.start(Acme.tenant(), options)) {
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/v1/Users").statusCode()).isEqualTo(200);
            }

            HttpResponse<String> limited = api.get("/api/v1/Users");

            assertProblem(limited, 429, "rate limit");
            assertThat(limited.headers().firstValue("Retry-After"))
                    .get()
                    .satisfies(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
            assertThat(api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID))
                            .statusCode())
                    .isEqualTo(429);
            assertThat(api.server.tenant().members(Acme.SALES)).containsExactly(Acme.ANNA);
            assertThat(api.server.rateLimitedResponses()).isEqualTo(2);
        }
    }

    @Test
    void neverLimitsWhenTheLimitIsZero() {
        SandboxOptions options = SandboxOptions.defaults(Api.KEY, Api.SECRET).withRateLimitPerMinute(0);
        try (Api api = Api.start(Acme.tenant(), options)) {
            for (int i = 0; i < 50; i++) {
                assertThat(api.get("/api/v1/UsersGroups").statusCode()).isEqualTo(200);
            }
            assertThat(api.server.rateLimitedResponses()).isZero();
        }
    }

    @Test
    void freesASlotSixtySecondsAfterTheOldestAcceptedRequest() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(2, now::get);

        assertThat(limiter.acquire()).isEmpty();
        now.set(seconds(20));
        assertThat(limiter.acquire()).isEmpty();
        now.set(seconds(30));
        assertThat(limiter.acquire()).isEqualTo(OptionalLong.of(30));
        now.set(seconds(59) + 1);
        assertThat(limiter.acquire()).isEqualTo(OptionalLong.of(1));
        now.set(seconds(60));
        assertThat(limiter.acquire()).isEmpty();
        assertThat(limiter.acquire()).isEqualTo(OptionalLong.of(20));
        assertThat(limiter.refused()).isEqualTo(3);
    }

    private static long seconds(long s) {
        return TimeUnit.SECONDS.toNanos(s);
    }
}
