package io.cakesync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.cakesync.sandbox.SandboxOptions;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The sandbox Cakewalk tenant on real HTTP, plus an HR export and a mapping file that tests rewrite,
 * with the application pointed at all three.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {
    public static final String API_KEY = "test-key";
    public static final String API_SECRET = "test-secret";
    public static final String SYNC_BOT = "00000000-0000-4000-8000-000000000001";

    private static SandboxServer server;
    private static Path hrFile;
    private static Path mappingFile;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("cakesync-test");
            hrFile = dir.resolve("hr.csv");
            mappingFile = dir.resolve("mapping.yml");
            Files.writeString(hrFile, "employee_id,email,first_name,last_name,department,status\n");
            Files.writeString(mappingFile, "groups: []\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = SandboxServer.start(new SandboxTenant(), SandboxOptions.defaults(API_KEY, API_SECRET));
        return Map.of(
                "cakewalk.url", server.url(),
                "cakewalk.api-key", API_KEY,
                "cakewalk.api-secret", API_SECRET,
                "cakewalk.triggered-by-user-id", SYNC_BOT,
                "sync.source.path", hrFile.toString(),
                "sync.mapping-file", mappingFile.toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    public static SandboxServer server() {
        return server;
    }

    public static Path hrFile() {
        return hrFile;
    }

    public static Path mappingFile() {
        return mappingFile;
    }
}
