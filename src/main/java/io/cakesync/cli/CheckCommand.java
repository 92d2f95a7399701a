package io.cakesync.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import io.cakesync.ops.CheckResult;
import io.cakesync.ops.Checks;

/** Validates everything a run needs, without running one. Exit code 0 when no check failed, 1 otherwise. */
@Command(
        name = "check",
        description =
                "Validate the configuration and mapping file, then test the database, "
                        + "the Cakewalk credentials, users and groups, and the HR source. Prints a pass/fail table; writes nothing.")
class CheckCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Checks checks;

    CheckCommand(Checks checks) {
        this.checks = checks;
    }

    @Override
    public Integer call() {
        List<CheckResult> results = checks.run();
        int width = results.stream().mapToInt(r -> r.check().length()).max().orElse(5);
        String row = "%-" + width + "s  %-7s  %s%n";
        System.out.printf(row, "CHECK", "RESULT", "DETAIL");
        results.forEach(r -> System.out.printf(row, r.check(), r.verdict(), r.detail()));
        boolean failed = results.stream().anyMatch(r -> r.verdict() == CheckResult.Verdict.FAIL);
        System.out.println(failed ? "check FAILED" : "check passed");
        return failed ? 1 : 0;
    }
}
