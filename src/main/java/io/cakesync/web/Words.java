package io.cakesync.web;

import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

import io.cakesync.reconcile.vocabulary.Outcome;

/** Codes as words and counts with their noun, the way the pages print them. */
@TemplateExtension
final class Words {

    private Words() {}

    static String words(Outcome outcome) {
        return switch (outcome) {
            case PLANNED -> "planned";
            case APPLIED -> "applied";
            case ALREADY_DONE -> "already done";
            case FAILED -> "failed";
            case DEFERRED -> "deferred (no Cakewalk user yet)";
            case SKIPPED -> "skipped";
            case SKIPPED_DRY_RUN -> "skipped (dry run)";
            case HELD -> "held for approval";
            case NOT_ATTEMPTED -> "not attempted";
        };
    }

    /** Outcome words without the explanation, for lists of counts. */
    static String shortWords(Outcome outcome) {
        return outcome == Outcome.DEFERRED ? "deferred" : words(outcome);
    }

    /** ADD, REMOVE and MATCH as the verbs a person would use. */
    static String verb(String action) {
        return switch (action) {
            case "ADD" -> "add";
            case "REMOVE" -> "remove";
            case "MATCH" -> "match by employee id";
            default -> action.toLowerCase();
        };
    }

    /** "1 change", "2 changes"; {@code 'Cakewalk call'} becomes "1 Cakewalk call", "5 Cakewalk calls". */
    static String count(Number n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** For nouns whose plural is not a plain "s": {@code count('person', 'people')}. */
    static String count(Number n, String noun, String plural) {
        long value = n == null ? 0 : n.longValue();
        return value + " " + (value == 1 ? noun : plural);
    }

    /** "1 applied, 2 skipped (dry run)", in the order of the outcomes. */
    static String counts(Map<Outcome, Integer> outcomes) {
        return outcomes.entrySet().stream()
                .map(e -> e.getValue() + " " + shortWords(e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
