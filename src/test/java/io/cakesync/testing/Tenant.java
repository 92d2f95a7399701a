package io.cakesync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;

/** Builds a scenario: sandbox tenant content, the HR export and the mapping file. */
public final class Tenant {
    public static final String HEADER = "employee_id,email,first_name,last_name,department,status";

    private Tenant() {
    }

    /** A fresh tenant with only the admin user that cakesync acts as; faults and recorded requests cleared. */
    public static SandboxTenant reset() {
        SandboxServer server = SandboxResource.server();
        server.tenant().clear();
        server.faults().clear();
        server.clearRequests();
        server.tenant().addUser(SandboxResource.SYNC_BOT, "Sync Bot", "sync-bot@acme.example", "Active", "Admin");
        return server.tenant();
    }

    public static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    public static void hr(String... rows) {
        write(SandboxResource.hrFile().toString(), HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    public static void hrRaw(String content) {
        write(SandboxResource.hrFile().toString(), content);
    }

    public static void mapping(String yaml) {
        write(SandboxResource.mappingFile().toString(), yaml);
    }

    public static List<String> writes() {
        return SandboxResource.server().requests().stream()
                .filter(r -> !r.method().equals("GET"))
                .map(r -> r.method() + " " + r.path())
                .toList();
    }

    private static void write(String path, String content) {
        try {
            Files.writeString(java.nio.file.Path.of(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
