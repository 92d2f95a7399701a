package io.cakesync.source.hibob;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cakesync.http.Timing;
import io.cakesync.source.HrConnector;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceRecord;
import io.cakesync.source.StatusMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads HiBob through one people search: every field the record and the attributes need, leavers
 * included ({@code showInactive}), list values by name ({@code humanReadable}). The search has no pages
 * and no total, so completeness rests on what one answer can show (see {@link HibobAnswer} and
 * {@link HibobRecords}).
 */
@ApplicationScoped
class HibobConnector implements HrConnector {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceConfig.Hibob settings;
    private final HibobFields fields;
    private final HibobRecords records;
    private final HibobCalls calls;

    @Inject
    HibobConnector(SourceConfig config) {
        this(config.hibob(), Timing.REAL);
    }

    HibobConnector(SourceConfig.Hibob settings, Timing timing) {
        this.settings = settings;
        this.fields = new HibobFields(settings.fields());
        this.records = new HibobRecords(fields);
        this.calls = new HibobCalls(settings, timing);
    }

    @Override
    public String kind() {
        return "hibob";
    }

    @Override
    public boolean provides(String attribute) {
        return fields.provides(attribute);
    }

    @Override
    public StatusMap statuses() {
        return HibobStatuses.of(settings.leaveStatuses());
    }

    @Override
    public Fetched fetch(Set<String> attributes) {
        List<HibobField> strict = fields.strict(attributes);
        List<HibobPerson> people = search();
        records.requirePresent(people, strict);
        List<SourceRecord> found = people.stream().map(records::record).toList();
        return new Fetched(origin(), found);
    }

    @Override
    public List<Probe> probe(Set<String> attributes) {
        return new HibobProbe(this, fields, statuses()).probe(attributes);
    }

    /** The one call of a read or a probe: HiBob has nothing cheaper that shows field permissions. */
    List<HibobPerson> search() {
        return HibobAnswer.people(calls.search(requestBody()));
    }

    String origin() {
        return "HiBob " + settings.url();
    }

    private String requestBody() {
        ObjectNode body = JSON.createObjectNode();
        fields.requested().forEach(body.putArray("fields")::add);
        // Without showInactive HiBob answers employed people only, and leavers would look like absentees.
        body.put("showInactive", true);
        body.put("humanReadable", "APPEND");
        return body.toString();
    }
}
