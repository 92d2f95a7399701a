package io.cakesync.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", description = "Serve the admin UI and API and run syncs on the schedule (the default).")
class ServeCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
