package io.cakesync.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.cakesync.audit.ChangeView;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.web.WebConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a finished run did, for a person at a terminal: the summary, the plan per group as the audit
 * recorded it (with every person and reason when verbose), and the run's page.
 */
@ApplicationScoped
class RunOutput {
    private final RunQueries queries;
    private final WebConfig web;

    RunOutput(RunQueries queries, WebConfig web) {
        this.queries = queries;
        this.web = web;
    }

    void print(PrintStream out, String headline, RunReport report, boolean verbose) {
        out.println(headline + " " + report.status() + ": " + report.summary());
        if (report.error() != null) {
            out.println("error: " + report.error());
        }
        List<ChangeView> changes =
                queries.run(report.runId()).map(d -> d.changes()).orElse(List.of());
        byGroup(changes).forEach((group, inGroup) -> {
            out.println("  " + group + ": " + counts(inGroup));
            if (verbose) {
                inGroup.forEach(c -> out.println("    " + line(c)));
            }
        });
        web.runPage(report.runId()).ifPresent(page -> out.println("page: " + page));
    }

    private static Map<String, List<ChangeView>> byGroup(List<ChangeView> changes) {
        return changes.stream()
                .collect(Collectors.groupingBy(
                        c -> c.groupName() == null ? c.groupId() : c.groupName(),
                        LinkedHashMap::new,
                        Collectors.toList()));
    }

    private static String counts(List<ChangeView> changes) {
        long adds = changes.stream().filter(c -> c.action().equals("ADD")).count();
        long removes = changes.stream().filter(c -> c.action().equals("REMOVE")).count();
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        changes.stream()
                .filter(c -> !c.action().equals("MATCH"))
                .forEach(c -> outcomes.merge(c.outcome(), 1L, Long::sum));
        String byOutcome = outcomes.entrySet().stream()
                .map(e -> e.getValue() + " "
                        + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        return adds + " to add, " + removes + " to remove" + (byOutcome.isEmpty() ? "" : " (" + byOutcome + ")");
    }

    private static String line(ChangeView c) {
        String sign = switch (c.action()) {
            case "ADD" -> "+";
            case "REMOVE" -> "-";
            default -> "=";
        };
        String person = c.email() != null ? c.email() : c.employeeId() != null ? c.employeeId() : c.userId();
        StringBuilder line = new StringBuilder(sign)
                .append(' ')
                .append(person)
                .append(": ")
                .append(c.reason())
                .append(" -> ")
                .append(c.outcome());
        if (c.outcome() == Outcome.FAILED) {
            line.append(" (")
                    .append(c.httpStatus() == null ? "no response" : "HTTP " + c.httpStatus())
                    .append(", ")
                    .append(c.attempts())
                    .append(" attempt(s)")
                    .append(c.error() == null ? "" : ": " + c.error())
                    .append(')');
        }
        return line.toString();
    }
}
