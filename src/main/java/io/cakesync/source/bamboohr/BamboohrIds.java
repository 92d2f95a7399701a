package io.cakesync.source.bamboohr;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** Employee ids for {@code filter[ids]}: BambooHR's internal {@code employeeId}, an integer. */
final class BamboohrIds {
    private static final Pattern ID = Pattern.compile("\\d+");

    private BamboohrIds() {}

    /**
     * The ids to ask for, in numeric order so a read sends the same URL each time. An id that is no
     * integer names nobody in BambooHR, so it is left out rather than sent for BambooHR to refuse.
     */
    static List<String> of(Collection<String> ids) {
        return ids.stream()
                .filter(id -> ID.matcher(id).matches())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The employees among {@code employees} whose id is one of {@code ids}. */
    static List<JsonNode> only(Set<String> ids, List<JsonNode> employees) {
        return employees.stream()
                .filter(e -> ids.contains(e.get("employeeId").asText()))
                .toList();
    }

    /** The ids {@code reportsToId} names on these employees, less the employees themselves. */
    static Set<String> managersNotRead(List<JsonNode> employees) {
        Set<String> read =
                employees.stream().map(e -> e.get("employeeId").asText()).collect(Collectors.toSet());
        return employees.stream()
                .map(e -> e.path(BamboohrFields.REPORTS_TO.name()))
                .filter(id -> id.isTextual() || id.isIntegralNumber())
                .map(id -> id.asText().strip())
                .filter(id -> !id.isEmpty() && !read.contains(id))
                .collect(Collectors.toSet());
    }
}
