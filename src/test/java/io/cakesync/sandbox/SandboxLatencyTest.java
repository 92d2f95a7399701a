package io.cakesync.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only lower bounds on elapsed time, which a slow machine cannot break, except for the overlap
 * check, whose bound is half of what serial handling would need.
 */
class SandboxLatencyTest {

    @Test
    void delaysEveryAnswerByTheConfiguredLatency() {
        SandboxOptions options = SandboxOptions.defaults(Api.KEY, Api.SECRET).withLatency(Duration.ofMillis(300));
        try (Api api = Api.start(Acme.tenant(), options)) {
            long start = System.nanoTime();
            HttpResponse<String> response = api.get("/api/v1/Users");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void overlapsTheLatencyOfConcurrentRequests() {
        SandboxOptions options = SandboxOptions.defaults(Api.KEY, Api.SECRET).withLatency(Duration.ofMillis(500));
        try (Api api = Api.start(Acme.tenant(), options)) {
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 16)
                    .mapToObj(i -> api.client()
                            .sendAsync(
                                    api.request("/api/v1/UsersGroups").build(), HttpResponse.BodyHandlers.ofString()))
                    .toList();

            assertThat(calls)
                    .allSatisfy(call -> assertThat(call.join().statusCode()).isEqualTo(200));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }
}
