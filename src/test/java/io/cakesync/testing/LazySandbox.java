package io.cakesync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.cakesync.sandbox.SandboxOptions;
import io.cakesync.sandbox.SandboxServer;
import io.cakesync.sandbox.SandboxTenant;

/**
 * A sandbox server with an HR export and a mapping file beside it that tests rewrite, started on
 * first use with an empty tenant and placeholder files, and closed when the test JVM exits.
 */
final class LazySandbox {
    private final String name;
    private final Supplier<SandboxOptions> options;
    private final Consumer<LazySandbox> onStart;
    private SandboxServer server;
    private Path hrFile;
    private Path mappingFile;

    LazySandbox(String name, Supplier<SandboxOptions> options) {
        this(name, options, started -> {});
    }

    /** {@code onStart} runs once, right after the server has started. */
    LazySandbox(String name, Supplier<SandboxOptions> options, Consumer<LazySandbox> onStart) {
        this.name = name;
        this.options = options;
        this.onStart = onStart;
    }

    synchronized SandboxServer server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory(name);
                hrFile = dir.resolve("hr.csv");
                mappingFile = dir.resolve("mapping.yml");
                Files.writeString(hrFile, Tenant.HEADER + "\n");
                Files.writeString(mappingFile, "groups: []\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = SandboxServer.start(new SandboxTenant(), options.get());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            onStart.accept(this);
        }
        return server;
    }

    synchronized Path hrFile() {
        server();
        return hrFile;
    }

    synchronized Path mappingFile() {
        server();
        return mappingFile;
    }

    /** A fresh tenant with only the admin user that cakesync acts as; faults and recorded requests cleared. */
    SandboxTenant reset() {
        SandboxServer sandbox = server();
        sandbox.tenant().clear();
        sandbox.faults().clear();
        sandbox.clearRequests();
        sandbox.tenant().addUser(SandboxResource.SYNC_BOT, "Sync Bot", "sync-bot@acme.example", "Active", "Admin");
        return sandbox.tenant();
    }

    void writeHr(String content) {
        write(hrFile(), content);
    }

    void writeMapping(String yaml) {
        write(mappingFile(), yaml);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
