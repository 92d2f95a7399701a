package io.cakesync.cakewalk;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A missing key, secret or requester stops the client before any request leaves. */
class MissingConfigurationTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final CakewalkApi api = (CakewalkApi) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {CakewalkApi.class}, (proxy, method, args) -> {
                calls.incrementAndGet();
                throw new AssertionError("no call expected, got " + method.getName());
            });

    @Test
    void namesTheMissingApiKey() {
        Cakewalk cakewalk = client(Optional.empty(), Optional.of("s"), Optional.of("t"));

        assertThatThrownBy(cakewalk::users)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cakewalk.api-key")
                .hasMessageContaining("CAKEWALK_API_KEY");
        assertThat(calls).hasValue(0);
    }

    @Test
    void namesTheMissingApiSecret() {
        Cakewalk cakewalk = client(Optional.of("k"), Optional.of(" "), Optional.of("t"));

        assertThatThrownBy(() -> cakewalk.removeMembers("g", List.of("u")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cakewalk.api-secret")
                .hasMessageContaining("CAKEWALK_API_SECRET");
        assertThat(calls).hasValue(0);
    }

    @Test
    void namesTheMissingRequesterBeforeAnyAdd() {
        Cakewalk cakewalk = client(Optional.of("k"), Optional.of("s"), Optional.empty());

        assertThatThrownBy(() -> cakewalk.addMembers("g", List.of("u")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cakewalk.triggered-by-user-id")
                .hasMessageContaining("CAKEWALK_TRIGGERED_BY_USER_ID");
        assertThat(calls).hasValue(0);
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(new Credentials("key-123", "secret-456").toString()).doesNotContain("key-123", "secret-456");
    }

    private Cakewalk client(Optional<String> key, Optional<String> secret, Optional<String> triggeredBy) {
        return new Cakewalk(
                api, config(key, secret, triggeredBy), d -> {}, System::nanoTime, Clock.systemUTC(), () -> 0.5);
    }

    static CakewalkConfig config(Optional<String> key, Optional<String> secret, Optional<String> triggeredBy) {
        return new CakewalkConfig() {
            @Override
            public String url() {
                return "http://localhost:1";
            }

            @Override
            public Optional<String> apiKey() {
                return key;
            }

            @Override
            public Optional<String> apiSecret() {
                return secret;
            }

            @Override
            public Optional<String> triggeredByUserId() {
                return triggeredBy;
            }

            @Override
            public boolean implicitlyApproveRequests() {
                return true;
            }

            @Override
            public int rateLimitPerMinute() {
                return 900;
            }

            @Override
            public int batchSize() {
                return 100;
            }

            @Override
            public List<String> writableGroupSources() {
                return List.of("Cakewalk");
            }

            @Override
            public Duration callDeadline() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Retry retry() {
                return new Retry() {
                    @Override
                    public int maxAttempts() {
                        return 5;
                    }

                    @Override
                    public Duration initialBackoff() {
                        return Duration.ofMillis(1);
                    }

                    @Override
                    public Duration maxBackoff() {
                        return Duration.ofMillis(10);
                    }
                };
            }
        };
    }
}
