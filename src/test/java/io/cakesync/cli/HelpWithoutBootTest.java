package io.cakesync.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real entry point in a JVM of its own with an empty environment: no database, no Cakewalk,
 * no configuration. Help must come from the command classes without booting the application.
 */
class HelpWithoutBootTest {

    record Exit(int code, String out, String err) {}

    @ParameterizedTest
    @CsvSource({
        "serve --help, Usage: cakesync serve",
        "sync --help, --dry-run",
        "sync -h, --verbose",
        "check --help, Usage: cakesync check",
        "approve --help, --comment=<comment>",
        "reject --help, Usage: cakesync reject",
        "adopt --help, Usage: cakesync adopt",
        "demo --help, Usage: cakesync demo",
        "help sync, --dry-run",
        "help, Commands:",
        "--help, Commands:"
    })
    void printsUsageAndExitsZeroWithoutADatabaseOrConfiguration(String args, String expected) throws Exception {
        Exit exit = run(args.split(" "));

        assertThat(exit.code()).as(exit.err()).isZero();
        assertThat(exit.out()).contains(expected).contains("-h, --help");
        assertThat(exit.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsEveryCommand() throws Exception {
        Exit exit = run("help");

        assertThat(exit.out()).contains("serve", "sync", "check", "approve", "reject", "adopt", "demo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check --bogus", "sync --dryrun", "approve 42"})
    void refusesAnUnparseableCommandLineWithExitTwoBeforeBooting(String args) throws Exception {
        Exit exit = run(args.split(" "));

        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.err())
                .containsAnyOf("Unknown option", "Missing required option: '--comment=<comment>'")
                .doesNotContain("Exception")
                .doesNotContain("localhost:5432");
    }

    private static Exit run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cakesync-help", ".out");
        Path err = Files.createTempFile("cakesync-help", ".err");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        return new Exit(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
