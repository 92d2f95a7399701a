package io.cakesync.cli;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * Entry point. Some commands shape the process before Quarkus boots: {@code sync} runs without an
 * HTTP listener or scheduler, {@code check} also without migrating or refusing a bad configuration (it
 * reports it), {@code demo} starts an embedded PostgreSQL and the sandbox tenant and points the
 * configuration at them.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        String command = args.length == 0 ? "serve" : args[0];
        Map<String, String> properties = switch (command) {
            case "sync", "approve", "reject", "adopt" -> Map.of("quarkus.http.host-enabled", "false",
                    "quarkus.scheduler.enabled", "false");
            case "check" -> Map.of("quarkus.http.host-enabled", "false", "quarkus.scheduler.enabled", "false",
                    "ops.migrate-on-start", "false", "ops.validate-on-start", "false",
                    "quarkus.log.console.json.enabled", "false", "quarkus.log.level", "WARN");
            case "demo" -> withPlainLogs(DemoEnvironment.start());
            default -> Map.of();
        };
        properties.forEach(System::setProperty);
        try {
            Quarkus.run(App.class, args);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    // The demo is read by a person at a terminal, not by a log pipeline.
    private static Map<String, String> withPlainLogs(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("quarkus.log.console.json.enabled", "false");
        return all;
    }

    public static class App implements QuarkusApplication {
        @Inject
        CommandLine.IFactory factory;

        @Override
        public int run(String... args) {
            return new CommandLine(new CakesyncCommand(), factory).execute(args);
        }
    }
}
