package io.cakesync.source.bamboohr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cakesync.source.ListingMoved;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;

/**
 * What {@code check} shows for BambooHR: one small page proves the key and the subdomain, tells the
 * company's size, and shows for each field a read needs whether it is known and readable.
 */
final class BamboohrProbe {
    private static final int SAMPLE = 25;

    private final BamboohrConnector connector;
    private final BamboohrFields fields;
    private final BamboohrRecords records;

    BamboohrProbe(BamboohrConnector connector, BamboohrFields fields, BamboohrRecords records) {
        this.connector = connector;
        this.fields = fields;
        this.records = records;
    }

    List<Probe> probe(Set<String> attributes) {
        List<BamboohrField> strict;
        BamboohrPage page;
        try {
            strict = fields.strict(attributes);
            page = connector.firstPage(SAMPLE);
        } catch (SourceException | ListingMoved e) {
            return List.of(Probe.fail("BambooHR employee list", e.getMessage()));
        }
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.pass("BambooHR API key", "accepted by " + connector.origin()));
        if (page.employees().isEmpty()) {
            probes.add(Probe.fail("BambooHR employee list", "lists no employees: the API key's user may see nobody"));
            return probes;
        }
        probes.add(Probe.pass("BambooHR employee list", page.total() + " employee(s), active and inactive"));
        for (BamboohrField field : strict) {
            String item = "BambooHR field " + field.name() + " (" + field.use() + ")";
            try {
                records.requireReadable(page.employees(), List.of(field));
                probes.add(Probe.pass(
                        item, "readable for the first " + page.employees().size() + " employee(s)"));
            } catch (SourceException e) {
                probes.add(Probe.fail(item, e.getMessage()));
            }
        }
        return probes;
    }
}
