package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.Attributes;
import io.cakesync.source.Emails;
import io.cakesync.source.PersonRef;
import io.cakesync.source.SourceRecord;

/**
 * The people an HR event names, each read alone: {@code GET /v1/company/employees/{employee_id}} for an
 * employee id, the list filtered by {@code email} for an address. Personio's supervisor is an id, so
 * when a rule uses manager_email a supervisor not among them is read by id too, only for their email.
 * An answer is kept only when it is the person asked for: a filter Personio ignored must not make
 * everyone named.
 */
final class PersonioPeople {
    /** Personio ids are positive integers; any other id names no one Personio has, so it costs no call. */
    private static final Pattern PERSONIO_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final PersonioCalls calls;

    PersonioPeople(PersonioCalls calls) {
        this.calls = calls;
    }

    List<SourceRecord> records(Collection<PersonRef> people, Set<String> attributes) {
        List<String> ids = PersonRef.employeeIds(people).stream()
                .filter(PersonioPeople::couldExist)
                .sorted()
                .toList();
        List<String> emails = PersonRef.emails(people).stream().sorted().toList();
        if (ids.isEmpty() && emails.isEmpty()) {
            return List.of();
        }
        calls.authenticate();
        List<JsonNode> named = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (String id : ids) {
            calls.employee(id).filter(e -> id.equals(PersonioFields.id(e))).ifPresent(e -> add(e, named, read));
        }
        for (String email : emails) {
            calls.employeesByEmail(email).stream()
                    .filter(e -> email.equals(Emails.normalize(PersonioFields.text(e, "email"))))
                    .forEach(e -> add(e, named, read));
        }
        List<JsonNode> employees = new ArrayList<>(named);
        if (attributes.stream().map(Attributes::name).anyMatch(Attributes.MANAGER_EMAIL::equals)) {
            employees.addAll(supervisors(named, read));
        }
        // The supervisors were read only to resolve the named people's manager_email.
        Set<String> namedIds = new HashSet<>();
        named.forEach(e -> namedIds.add(PersonioFields.id(e)));
        return PersonioRecords.of(employees, attributes).stream()
                .filter(r -> namedIds.contains(r.employeeId()))
                .toList();
    }

    /** The supervisors whose email neither their short object in an answer nor this read gives. */
    private List<JsonNode> supervisors(List<JsonNode> named, Set<String> read) {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode employee : named) {
            String id = PersonioFields.supervisorId(employee);
            if (id != null
                    && !read.contains(id)
                    && couldExist(id)
                    && PersonioFields.supervisorEmail(employee, Map.of()) == null) {
                wanted.add(id);
            }
        }
        List<JsonNode> supervisors = new ArrayList<>();
        for (String id : wanted) {
            calls.employee(id).filter(e -> id.equals(PersonioFields.id(e))).ifPresent(supervisors::add);
        }
        return supervisors;
    }

    /** Someone named by id and by email is read twice: one record, or validation would call it a duplicate. */
    private static void add(JsonNode employee, List<JsonNode> named, Set<String> read) {
        String id = PersonioFields.id(employee);
        if (id == null || read.add(id)) {
            named.add(employee);
        }
    }

    private static boolean couldExist(String id) {
        return PERSONIO_ID.matcher(id).matches();
    }
}
