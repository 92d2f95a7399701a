package io.cakesync.source.personio;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.testing.WireMockInject;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server standing in for Personio; tests receive it in a field marked {@link WireMockInject}. */
public class PersonioWireMock implements QuarkusTestResourceLifecycleManager {
    static final String CLIENT_ID = "papi-client-7f3a";
    static final String CLIENT_SECRET = "papi-secret-9c1e55";
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of(
                "sync.source.personio.url",
                server.baseUrl(),
                "sync.source.personio.client-id",
                CLIENT_ID,
                "sync.source.personio.client-secret",
                CLIENT_SECRET);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(WireMockInject.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
