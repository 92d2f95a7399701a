package io.cakesync.source.hibob;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cakesync.source.Attributes;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;
import io.cakesync.source.StatusMap;

/**
 * What {@code check} shows for HiBob: whether the credentials are accepted, what one search finds, and
 * for each field a read needs whether it came back for everyone. The search has no pages, so the probe
 * costs the one call a read makes.
 */
final class HibobProbe {
    private final HibobConnector connector;
    private final HibobFields fields;
    private final StatusMap statuses;

    HibobProbe(HibobConnector connector, HibobFields fields, StatusMap statuses) {
        this.connector = connector;
        this.fields = fields;
        this.statuses = statuses;
    }

    List<Probe> probe(Set<String> attributes) {
        List<HibobField> strict;
        List<HibobPerson> people;
        try {
            strict = fields.strict(attributes);
            people = connector.search();
        } catch (SourceException e) {
            return List.of(Probe.fail("HiBob people search", e.getMessage()));
        }
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.pass("HiBob credentials", "accepted by " + connector.origin()));
        probes.add(people(people));
        for (HibobField field : strict) {
            long without = people.stream().filter(p -> !p.has(field.id())).count();
            String item = "HiBob field " + field.id() + " (" + field.use() + ")";
            probes.add(
                    without == 0
                            ? Probe.pass(item, "returned for all " + people.size() + " employee(s)")
                            : Probe.fail(
                                    item,
                                    "missing for " + without + " of " + people.size() + " employee(s): the service"
                                            + " user's permission group may not read it for them"));
        }
        return probes;
    }

    private Probe people(List<HibobPerson> people) {
        long leavers = people.stream()
                .map(p -> statuses.byValue().get(key(p.text(HibobFields.STATUS))))
                .filter(s -> s == EmployeeStatus.TERMINATED || s == EmployeeStatus.INACTIVE)
                .count();
        String found = people.size() + " employee(s) in one answer (HiBob's search has no pages), " + leavers
                + " of them leavers";
        return leavers > 0
                ? Probe.pass("HiBob people search", found)
                : Probe.warn(
                        "HiBob people search",
                        found + ": if the company has former employees, the service"
                                + " user's permission group does not cover them and leavers would look like absentees");
    }

    private static String key(String status) {
        return status == null ? "" : Attributes.name(status);
    }
}
