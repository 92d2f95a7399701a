package io.cakesync.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import io.cakesync.audit.ChangeFilter;
import io.cakesync.audit.RunFilter;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

/** Turns the query parameters shared by the pages and the API into filters; blank means "any". */
final class Query {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private Query() {}

    static RunFilter runs(String status, String from, String to) {
        return new RunFilter(constant(RunStatus.class, "status", status), date("from", from), date("to", to));
    }

    static ChangeFilter changes(String person, String group, String outcome, String run, String from, String to) {
        return new ChangeFilter(
                blankToNull(person),
                blankToNull(group),
                constant(Outcome.class, "outcome", outcome),
                number("run", run),
                date("from", from),
                date("to", to));
    }

    /** Taken as text, so that "ten" is a 400 naming the parameter rather than a 404. */
    static int limit(String value) {
        Long limit = whole("limit", value, DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit.intValue();
    }

    static int offset(String value) {
        Long offset = whole("offset", value, 0);
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw new BadQuery("offset must be a whole number, 0 or more");
        }
        return offset.intValue();
    }

    private static Long whole(String name, String value, int fallback) {
        if (blankToNull(value) == null) {
            return (long) fallback;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadQuery(name + " must be a whole number");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadQuery(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadQuery(name + " must be a date like 2025-01-31");
        }
    }

    private static Long number(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadQuery(name + " must be a run id");
        }
    }
}
