package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cakesync.source.Attributes;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;

/**
 * A cheap look at Personio: the credential, the attributes it may read (Personio's own list, and a
 * one-employee page as a second witness) and the total, never the crawl.
 */
final class PersonioProbe {
    private final PersonioCalls calls;
    private final String url;

    PersonioProbe(PersonioCalls calls, String url) {
        this.calls = calls;
        this.url = url;
    }

    List<Probe> run(Set<String> attributes) {
        List<Probe> probes = new ArrayList<>();
        try {
            calls.authenticate();
            probes.add(Probe.pass("Personio credentials", "accepted by " + url));
        } catch (SourceException e) {
            probes.add(Probe.fail("Personio credentials", e.getMessage()));
            return probes;
        }
        Set<String> readable = new HashSet<>();
        try {
            calls.attributes()
                    .path("data")
                    .forEach(a -> readable.add(a.path("key").asText()));
        } catch (SourceException e) {
            probes.add(Probe.warn(
                    "Personio attributes", "cannot list the attributes this credential may read: " + e.getMessage()));
        }
        try {
            EmployeesPage page = EmployeesPage.of(calls.employees(1, 0), 0);
            probes.add(Probe.pass("Personio employees", page.total() + " employee(s), leavers included"));
            page.items().forEach(e -> e.path("attributes").fieldNames().forEachRemaining(readable::add));
        } catch (SourceException e) {
            probes.add(Probe.fail("Personio employees", e.getMessage()));
            return probes;
        }
        probes.addAll(fields(attributes, readable));
        return probes;
    }

    private static List<Probe> fields(Set<String> attributes, Set<String> readable) {
        Map<String, String> needed = new LinkedHashMap<>(PersonioRecords.CORE_KEYS);
        attributes.stream()
                .map(Attributes::name)
                .sorted()
                .forEach(a -> needed.put(a, PersonioFields.ATTRIBUTE_KEYS.getOrDefault(a, a)));
        List<Probe> probes = new ArrayList<>();
        needed.forEach(
                (field, key) -> probes.add(
                        readable.contains(key)
                                ? Probe.pass("attribute " + field, "readable (Personio attribute '" + key + "')")
                                : Probe.fail(
                                        "attribute " + field,
                                        "this API credential may not read Personio attribute '" + key
                                                + "'; allow it in Personio (Settings > API credentials, readable employee attributes)")));
        List<String> others = new ArrayList<>();
        PersonioFields.ATTRIBUTE_KEYS.forEach((field, key) -> {
            if (!needed.containsKey(field) && !readable.contains(key)) {
                others.add(field + " ('" + key + "')");
            }
        });
        probes.add(
                others.isEmpty()
                        ? Probe.pass("other attributes", "every standard attribute is readable")
                        : Probe.warn(
                                "other attributes",
                                "not readable, and no rule uses them: " + String.join(", ", others)));
        return probes;
    }
}
