package io.cakesync.cli;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows cakesync at work on example data: a dry run, a live run, then the admin UI until Ctrl+C. */
@Command(name = "demo", description = "Run against an embedded PostgreSQL and a sandbox Cakewalk tenant seeded "
        + "from examples/, then serve the admin UI.")
class DemoCommand implements Runnable {
    // Read before Quarkus starts (DemoSource), which is when the sandbox serving it has to exist.
    @Option(names = "--source", defaultValue = "csv", paramLabel = "KIND",
            description = "The HR source to read: csv (examples/hr-export.csv), personio (a sandbox Personio tenant)"
                    + " or sql (an HR table in the embedded PostgreSQL). Default: ${DEFAULT-VALUE}.")
    String source;

    private final SyncRunner runner;
    private final int port;

    DemoCommand(SyncRunner runner, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.runner = runner;
        this.port = port;
    }

    @Override
    public void run() {
        print("dry run", runner.runNow(Trigger.DEMO, true).orElseThrow());
        print("live run", runner.runNow(Trigger.DEMO, false).orElseThrow());
        System.out.printf("%nAdmin UI: http://localhost:%d/   API: http://localhost:%d/api/runs   "
                + "OpenAPI: http://localhost:%d/q/openapi%nSign in as %s with password %s (operator; this demo only)."
                + "   Ctrl+C to stop.%n", port, port, port, DemoEnvironment.ADMIN, DemoEnvironment.ADMIN_PASSWORD);
        Quarkus.waitForExit();
    }

    private static void print(String what, RunReport r) {
        System.out.printf("%s: run %d %s: %s%n", what, r.runId(), r.status(), r.summary());
        if (r.error() != null) {
            System.out.println("  error: " + r.error());
        }
    }
}
