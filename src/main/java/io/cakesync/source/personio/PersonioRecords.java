package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.Attributes;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourceRecord;

/**
 * Turns v1 employees into records. Personio leaves out every attribute the API credential is not
 * allowed to read, instead of answering with an error; so a field cakesync needs that is missing
 * from an employee fails the read, naming the field, rather than reading as empty.
 */
final class PersonioRecords {
    /** What every record needs, whatever the rules: without these no one can be placed. */
    static final Map<String, String> CORE_KEYS = core();

    private PersonioRecords() {}

    private static Map<String, String> core() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("email", "email");
        keys.put("status", "status");
        keys.put("department", "department");
        return keys;
    }

    static List<SourceRecord> of(List<JsonNode> employees, Set<String> attributes) {
        checkReadable(employees, attributes);
        Map<String, String> emailsById = new HashMap<>();
        employees.forEach(e -> {
            String id = PersonioFields.id(e);
            if (id != null) {
                emailsById.put(id, PersonioFields.text(e, "email"));
            }
        });
        List<SourceRecord> records = new ArrayList<>(employees.size());
        for (JsonNode e : employees) {
            String id = PersonioFields.id(e);
            records.add(new SourceRecord(
                    id == null ? "Personio person without an id" : "Personio person " + id,
                    id,
                    PersonioFields.text(e, "email"),
                    PersonioFields.text(e, "first_name"),
                    PersonioFields.text(e, "last_name"),
                    PersonioFields.text(e, "status"),
                    PersonioFields.text(e, "department"),
                    attributes(e, emailsById)));
        }
        return records;
    }

    private static Map<String, String> attributes(JsonNode e, Map<String, String> emailsById) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Attributes.OFFICE, PersonioFields.text(e, "office"));
        values.put(Attributes.COST_CENTRE, PersonioFields.costCentre(e));
        values.put(Attributes.EMPLOYMENT_TYPE, PersonioFields.text(e, "employment_type"));
        values.put(Attributes.JOB_TITLE, PersonioFields.text(e, "position"));
        values.put(Attributes.LEGAL_ENTITY, PersonioFields.text(e, "subcompany"));
        values.put(Attributes.MANAGER_EMAIL, PersonioFields.supervisorEmail(e, emailsById));
        values.put(Attributes.START_DATE, PersonioFields.date(e, "hire_date"));
        values.put(Attributes.END_DATE, PersonioFields.date(e, "termination_date"));
        values.values().removeIf(v -> v == null);
        return values;
    }

    /** Fails on the first field cakesync needs that any employee lacks, counting how many lack it. */
    private static void checkReadable(List<JsonNode> employees, Set<String> attributes) {
        Map<String, String> needed = new TreeMap<>(CORE_KEYS);
        attributes.forEach(a -> needed.put(Attributes.name(a), PersonioFields.ATTRIBUTE_KEYS.get(Attributes.name(a))));
        for (Map.Entry<String, String> field : needed.entrySet()) {
            List<JsonNode> without = employees.stream()
                    .filter(e -> !PersonioFields.has(e, field.getValue()))
                    .toList();
            if (!without.isEmpty()) {
                String example = PersonioFields.id(without.get(0));
                String why = CORE_KEYS.containsKey(field.getKey())
                        ? "which cakesync needs for every employee"
                        : "which the mapping file's rules use (sync.mapping-file)";
                throw new SourceException("Personio does not show '" + field.getKey() + "' (Personio attribute '"
                        + field.getValue() + "') to this API credential, " + why + ": it is missing on "
                        + without.size() + " of " + employees.size() + " employees"
                        + (example == null ? "" : ", e.g. Personio person " + example)
                        + ". Allow the attribute for the credential in Personio (Settings > API credentials,"
                        + " readable employee attributes)");
            }
        }
    }
}
