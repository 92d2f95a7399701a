package io.cakesync.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} of every command, answered before the application boots ({@link Usage}). */
final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit (needs no database or configuration).")
    boolean help;
}
