package io.cakesync.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingException;
import io.cakesync.reconcile.Preview;
import io.cakesync.reconcile.PreviewReport;
import io.cakesync.reconcile.Trigger;

/** What a mapping change would do, before it is made. Exit code 0 when the preview was made, 1 otherwise. */
@Command(
        name = "preview",
        description =
                "Show what a mapping file would change on the current state: per group, "
                        + "who would join and who would leave and why. Sends nothing to Cakewalk; the preview is kept in the audit.")
class PreviewCommand implements Callable<Integer> {
    @Option(
            names = "--mapping",
            required = true,
            description = "The mapping file to preview (YAML, as sync.mapping-file).")
    Path mapping;

    private final Preview preview;

    PreviewCommand(Preview preview) {
        this.preview = preview;
    }

    @Override
    public Integer call() {
        try {
            print(preview.of(Mapping.read(mapping), Trigger.CLI));
            return 0;
        } catch (MappingException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("Preview failed: " + e.getMessage());
            return 1;
        }
    }

    private static void print(PreviewReport report) {
        System.out.printf("%s (recorded in the audit as run %d; nothing was sent)%n", report.summary(), report.runId());
        for (PreviewReport.GroupPreview g : report.groups()) {
            System.out.printf(
                    "%n%s%s: %d join, %d leave%n",
                    g.groupName(),
                    g.newlyMapped() ? " (newly mapped)" : "",
                    g.joins().size(),
                    g.leaves().size());
            g.joins().forEach(l -> line("+", l));
            g.leaves().forEach(l -> line("-", l));
        }
        report.noLongerMapped()
                .forEach(name -> System.out.printf(
                        "%n%s: no longer mapped; cakesync stops managing " + "it and its members stay%n", name));
        if (report.rejected() > 0) {
            System.out.printf("%n%d HR record(s) rejected (see the run in the audit)%n", report.rejected());
        }
        System.out.printf("%nsafety figures:%n");
        report.figures().forEach(f -> System.out.println("  " + f));
    }

    private static void line(String sign, PreviewReport.Line l) {
        System.out.printf(
                "  %s %s: %s (%s)%s%n",
                sign,
                l.person(),
                l.verdict(),
                l.reason(),
                l.dueToChange() ? "" : " [planned with the current mapping too]");
    }
}
