package io.cakesync.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import io.cakesync.sandbox.PersonioPerson;
import io.cakesync.sandbox.PersonioSandbox;
import io.cakesync.sandbox.PersonioSandboxOptions;
import io.cakesync.sandbox.PersonioTenant;

/**
 * A Personio company of {@code bench.hr-employees} (10,000) on the sandbox with Personio's own limits
 * (300 employee calls and 60 auth calls per sliding minute) and {@code bench.latency-ms} (50) per
 * call; cakesync at its production defaults.
 */
public class PersonioBenchProfile implements QuarkusTestProfile {
    public static final String CLIENT_ID = "bench-client";
    public static final String CLIENT_SECRET = "bench-client-secret";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Company.class));
    }

    public static class Company implements QuarkusTestResourceLifecycleManager {
        private static PersonioSandbox server;

        @Override
        public Map<String, String> start() {
            return Map.of(
                    "sync.source.kind",
                    "personio",
                    "sync.source.personio.url",
                    server().url(),
                    "sync.source.personio.client-id",
                    CLIENT_ID,
                    "sync.source.personio.client-secret",
                    CLIENT_SECRET);
        }

        @Override
        public void stop() {
            // The JVM's shutdown hook closes the server.
        }

        public static synchronized PersonioSandbox server() {
            if (server == null) {
                PersonioTenant tenant = new PersonioTenant();
                int employees = Integer.getInteger("bench.hr-employees", 10_000);
                for (int id = 1; id <= employees; id++) {
                    tenant.add(new PersonioPerson(
                            id,
                            "First" + id,
                            "Last" + id,
                            "person" + id + "@acme.example",
                            id % 20 == 0 ? "inactive" : "active",
                            "Department " + id % 240,
                            "Office " + id % 12,
                            "Role " + id % 40,
                            "internal",
                            "Acme GmbH",
                            "CC-" + id % 30,
                            id > 10 ? id / 10 : null,
                            "2020-01-01",
                            null));
                }
                server = PersonioSandbox.start(
                        tenant,
                        PersonioSandboxOptions.defaults(CLIENT_ID, CLIENT_SECRET)
                                .withLatency(Duration.ofMillis(Long.getLong("bench.latency-ms", 50)))
                                .withLimits(300, 60));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            }
            return server;
        }
    }
}
