package io.cakesync.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/** {@code cakesync} with no command serves: admin UI and API, health, metrics and the schedule. */
@Command(
        name = "cakesync",
        description = "Keeps Cakewalk user groups in step with HR departments.",
        subcommands = {
            ServeCommand.class,
            SyncCommand.class,
            CheckCommand.class,
            ApproveCommand.class,
            RejectCommand.class,
            AdoptCommand.class,
            DemoCommand.class,
            PreviewCommand.class,
            HelpCommand.class
        })
class CakesyncCommand implements Runnable {

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
