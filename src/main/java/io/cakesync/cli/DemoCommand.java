package io.cakesync.cli;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;

/** Shows cakesync at work on example data: a dry run, a live run, then the admin UI until Ctrl+C. */
@Command(
        name = "demo",
        description = "Run against an embedded PostgreSQL and a sandbox Cakewalk tenant seeded "
                + "from examples/, then serve the admin UI. Prints two logins and the settings that point sync, check "
                + "and approve in another terminal at this demo.")
class DemoCommand implements Runnable {
    @Mixin
    HelpOption help;

    // Read before Quarkus starts (DemoHrSources), which is when the sandbox serving it has to exist.
    @Option(
            names = "--source",
            defaultValue = "csv",
            paramLabel = "KIND",
            description = "The HR source to read: csv (examples/hr-export.csv); personio, hibob or bamboohr (a sandbox"
                    + " API seeded from examples/); or sql (an HR table in the embedded PostgreSQL)."
                    + " Default: ${DEFAULT-VALUE}.")
    String source;

    private final SyncRunner runner;
    private final RunOutput output;
    private final Config config;
    private final int port;

    DemoCommand(
            SyncRunner runner, RunOutput output, Config config, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.runner = runner;
        this.output = output;
        this.config = config;
        this.port = port;
    }

    @Override
    public void run() {
        print("dry run", runner.runNow(Trigger.DEMO, true).orElseThrow());
        print("live run", runner.runNow(Trigger.DEMO, false).orElseThrow());
        System.out.printf(
                "%nAdmin UI: http://localhost:%d/   API: http://localhost:%d/api/runs   "
                        + "OpenAPI: http://localhost:%d/q/openapi%n",
                port, port, port);
        System.out.printf(
                "Sign in as %s / %s (operator) or %s / %s (viewer); these logins exist for this demo only.%n",
                DemoEnvironment.ADMIN,
                DemoEnvironment.ADMIN_PASSWORD,
                DemoEnvironment.VIEWER,
                DemoEnvironment.VIEWER_PASSWORD);
        System.out.printf(
                "%nTo run sync, check or approve against this demo from another terminal (in this "
                        + "directory), paste:%n%s%n%nCtrl+C to stop.%n",
                DemoEnvironment.exports(key -> config.getOptionalValue(key, String.class), port));
        Quarkus.waitForExit();
    }

    private void print(String what, RunReport r) {
        output.print(System.out, what + ": run " + r.runId(), r, false);
    }
}
