package io.cakesync.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

import jakarta.inject.Inject;

/**
 * Entry point. Help and unparseable command lines are answered before Quarkus boots ({@link Usage}).
 * Some commands shape the process before Quarkus boots: {@code sync} runs without an HTTP listener or
 * scheduler, {@code check} also without migrating or refusing a bad configuration (it reports it),
 * {@code demo} starts an embedded PostgreSQL and the sandbox tenant and points the configuration at them.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        OptionalInt answered = Usage.answer(args, new PrintWriter(System.out), new PrintWriter(System.err));
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        String command = args.length == 0 ? "serve" : args[0];
        Map<String, String> properties = new HashMap<>(
                switch (command) {
                    case "sync", "approve", "reject", "adopt" ->
                        Map.of("quarkus.http.host-enabled", "false", "quarkus.scheduler.enabled", "false");
                    // A preview may be of the fix for a mapping that does not validate, so it does not refuse one.
                    case "preview" ->
                        Map.of(
                                "quarkus.http.host-enabled",
                                "false",
                                "quarkus.scheduler.enabled",
                                "false",
                                "ops.validate-on-start",
                                "false");
                    case "check" ->
                        Map.of(
                                "quarkus.http.host-enabled",
                                "false",
                                "quarkus.scheduler.enabled",
                                "false",
                                "ops.migrate-on-start",
                                "false",
                                "ops.validate-on-start",
                                "false",
                                "quarkus.log.level",
                                "WARN");
                    case "demo" -> demo(args);
                    default -> Map.of();
                });
        if (!command.equals("serve")) {
            forATerminal(
                    properties, key -> System.getProperty(key) != null || System.getenv(environmentName(key)) != null);
        }
        properties.forEach(System::setProperty);
        try {
            Quarkus.run(App.class, args);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /**
     * A command is read by a person: its output alone on stdout, logs in plain text on stderr, unless the
     * environment or a -D asks for something else. Only serve feeds a log pipeline.
     */
    static void forATerminal(Map<String, String> properties, Predicate<String> setByTheUser) {
        Map.of("quarkus.log.console.json.enabled", "false", "quarkus.log.console.stderr", "true")
                .forEach((key, value) -> {
                    if (!setByTheUser.test(key)) {
                        properties.put(key, value);
                    }
                });
    }

    /** A demo that cannot start says why in one line (run it from the checkout, say) and exits 1. */
    private static Map<String, String> demo(String[] args) {
        try {
            DemoEnvironment demo = DemoEnvironment.start(args);
            Runtime.getRuntime().addShutdownHook(new Thread(demo::close));
            return demo.config();
        } catch (IllegalStateException e) {
            System.err.println("demo cannot start: " + e.getMessage());
            System.exit(1);
            throw e;
        }
    }

    /** The environment variable that sets a key, as SmallRye Config maps it. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
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
