package io.cakesync.source;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One kind of HR system. A connector only fetches records and proves the read complete; validation
 * is shared by every kind ({@link #read}), so an API source and a file are judged alike.
 */
public interface HrConnector {

    /** The {@code sync.source.kind} value that selects this connector. */
    String kind();

    /**
     * Whether records of this kind can carry the attribute (an {@link Attributes} name, or for a CSV
     * export any column), so the mapping can be checked against the source before a run.
     */
    boolean provides(String attribute);

    /**
     * Every record of the source, with at least the {@code attributes} the rules use. Throws
     * {@link SourceException} when the read cannot be proven complete: a page missing, a total that
     * does not match, leavers not included, or one of those attributes hidden from the credential
     * (the message names the field and the setting to change; never read as "empty").
     */
    Fetched fetch(Set<String> attributes);

    /** How the source names employment statuses. */
    StatusMap statuses();

    /** A cheap look (settings, authentication, one page, permission for each attribute); never a full read. */
    List<Probe> probe(Set<String> attributes);

    /** {@code origin} names the source for messages and the audit (a file path, an API host). */
    record Fetched(String origin, List<SourceRecord> records) {

        public Fetched {
            records = List.copyOf(records);
        }
    }

    default HrRead read(Set<String> attributes) {
        return RecordValidator.validate(fetch(attributes), statuses());
    }

    /**
     * The records of the named people, for a targeted run; a person the source does not know is simply
     * absent. A connector whose API reads one person (or filters a query) overrides this. This default
     * reads everything and keeps the named people together with every record that shares an employee id
     * or an email with them, so the shared validation rejects the same duplicates a full read would.
     */
    default Fetched fetchPeople(Collection<PersonRef> people, Set<String> attributes) {
        Set<String> namedIds = PersonRef.employeeIds(people);
        Set<String> namedEmails = PersonRef.emails(people);
        Fetched all = fetch(attributes);
        Set<String> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (SourceRecord r : all.records()) {
            if (namedIds.contains(trimmed(r.employeeId())) || namedEmails.contains(email(r))) {
                ids.add(trimmed(r.employeeId()));
                emails.add(email(r));
            }
        }
        ids.remove("");
        emails.remove("");
        return new Fetched(
                all.origin(),
                all.records().stream()
                        .filter(r -> ids.contains(trimmed(r.employeeId())) || emails.contains(email(r)))
                        .toList());
    }

    default HrRead readPeople(Collection<PersonRef> people, Set<String> attributes) {
        return RecordValidator.validate(fetchPeople(people, attributes), statuses());
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String email(SourceRecord r) {
        return r.email() == null ? "" : Emails.normalize(r.email());
    }
}
