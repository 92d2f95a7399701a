package io.cakesync.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/** {@code cakesync} with no command serves: admin UI and API, health, metrics and the schedule. */
@Command(name = "cakesync", mixinStandardHelpOptions = true,
        description = "Keeps Cakewalk user groups in step with HR departments.",
        subcommands = {ServeCommand.class, SyncCommand.class, CheckCommand.class, ApproveCommand.class,
            RejectCommand.class, AdoptCommand.class, DemoCommand.class, PreviewCommand.class})
class CakesyncCommand implements Runnable {

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
