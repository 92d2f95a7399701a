package io.cakesync.source.hibob;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cakesync.http.Timing;
import io.cakesync.source.Emails;
import io.cakesync.source.HrConnector;
import io.cakesync.source.PersonRef;
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
 * {@link HibobRecords}). An event's people are read by a search filtered on their ids or emails.
 */
@ApplicationScoped
class HibobConnector implements HrConnector {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HiBob's employee ids are backend ids, digits only ("3332883884017713238"). */
    private static final Pattern HIBOB_ID = Pattern.compile("\\d{1,30}");

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

    /**
     * One search per way the people are named, since HiBob takes a single filter, on {@code root.id} or
     * {@code root.email} alone. Someone named both ways is one employee, kept once.
     */
    @Override
    public Fetched fetchPeople(Collection<PersonRef> people, Set<String> attributes) {
        List<HibobField> strict = fields.strict(attributes);
        // HiBob answers a filter value that is no employee id with 400, failing every event in the run.
        Set<String> ids = PersonRef.employeeIds(people).stream()
                .filter(id -> HIBOB_ID.matcher(id).matches())
                .collect(Collectors.toSet());
        Set<String> emails = PersonRef.emails(people);
        Map<String, HibobPerson> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            named(HibobFields.ID, ids).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        if (!emails.isEmpty()) {
            named(HibobFields.EMAIL, emails).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        // Kept only when they are the people named, whatever the search answered.
        List<HibobPerson> kept = found.values().stream()
                .filter(p -> ids.contains(p.id()) || emails.contains(email(p)))
                .toList();
        records.requirePresent(kept, strict);
        return new Fetched(origin(), kept.stream().map(records::record).toList());
    }

    @Override
    public List<Probe> probe(Set<String> attributes) {
        return new HibobProbe(this, fields, statuses()).probe(attributes);
    }

    /** The one call of a read or a probe: HiBob has nothing cheaper that shows field permissions. */
    List<HibobPerson> search() {
        return HibobAnswer.people(calls.search(requestBody().toString()));
    }

    String origin() {
        return "HiBob " + settings.url();
    }

    private List<HibobPerson> named(HibobField field, Set<String> values) {
        ObjectNode body = requestBody();
        ObjectNode filter = body.putArray("filters").addObject();
        filter.put("fieldPath", field.id());
        filter.put("operator", "equals");
        List<String> sorted = values.stream().sorted().toList();
        sorted.forEach(filter.putArray("values")::add);
        return HibobAnswer.matches(
                calls.search(body.toString(), " for " + field.id() + " " + String.join(", ", sorted)));
    }

    private static String email(HibobPerson person) {
        String email = person.text(HibobFields.EMAIL);
        return email == null ? "" : Emails.normalize(email);
    }

    private ObjectNode requestBody() {
        ObjectNode body = JSON.createObjectNode();
        fields.requested().forEach(body.putArray("fields")::add);
        // Without showInactive HiBob answers employed people only, and leavers would look like absentees.
        body.put("showInactive", true);
        body.put("humanReadable", "APPEND");
        return body;
    }
}
