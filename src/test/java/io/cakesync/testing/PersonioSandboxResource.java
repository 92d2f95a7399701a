package io.cakesync.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.sandbox.PersonioSandbox;
import io.cakesync.sandbox.PersonioSandboxOptions;
import io.cakesync.sandbox.PersonioTenant;

/**
 * The sandbox Personio tenant on real HTTP, with the application reading it ({@code sync.source.kind}
 * personio). Its own limits are off, so tests meet a 429 only when they inject one; init args are
 * further configuration for the application.
 */
public class PersonioSandboxResource implements QuarkusTestResourceLifecycleManager {
    public static final String CLIENT_ID = "sandbox-client";
    public static final String CLIENT_SECRET = "sandbox-client-secret";

    private static PersonioSandbox server;
    private final Map<String, String> settings = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        settings.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(settings);
        config.put("sync.source.kind", "personio");
        config.put("sync.source.personio.url", server().url());
        config.put("sync.source.personio.client-id", CLIENT_ID);
        config.put("sync.source.personio.client-secret", CLIENT_SECRET);
        return config;
    }

    @Override
    public void stop() {
        // One server serves every application start of the test JVM; the shutdown hook closes it.
    }

    public static synchronized PersonioSandbox server() {
        if (server == null) {
            server = PersonioSandbox.start(
                    new PersonioTenant(),
                    PersonioSandboxOptions.defaults(CLIENT_ID, CLIENT_SECRET).withLimits(0, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
