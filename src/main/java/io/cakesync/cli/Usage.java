package io.cakesync.cli;

import java.io.PrintWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalInt;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Answers {@code --help}, {@code help [command]} and command lines that cannot be parsed from the
 * command classes alone, before Quarkus boots: no database, no configuration, no demo started.
 */
final class Usage {
    private Usage() {}

    /** The exit code when the command line was answered here, empty when the application must run it. */
    static OptionalInt answer(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CakesyncCommand(), new Unwired());
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            boolean helped = CommandLine.printHelpIfRequested(commandLine.parseArgs(args));
            return helped ? OptionalInt.of(commandLine.getCommandSpec().exitCodeOnUsageHelp()) : OptionalInt.empty();
        } catch (ParameterException e) {
            err.println(e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                e.getCommandLine().usage(err);
            }
            return OptionalInt.of(e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput());
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Builds commands without their beans: picocli reads options and defaults from the instances, and a
     * command only keeps what its constructor is given, so nulls (and zeros) are never touched here.
     */
    private static final class Unwired implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                    .min(Comparator.comparingInt(Constructor::getParameterCount))
                    .orElseThrow(() -> new IllegalStateException(type + " has no constructor"));
            constructor.setAccessible(true);
            Object[] none = Arrays.stream(constructor.getParameterTypes())
                    .map(Unwired::nothing)
                    .toArray();
            return type.cast(constructor.newInstance(none));
        }

        /** null, or a primitive's zero (an array's first element is the type's default value). */
        private static Object nothing(Class<?> type) {
            return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
        }
    }
}
