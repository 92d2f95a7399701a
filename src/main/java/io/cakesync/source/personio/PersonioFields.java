package io.cakesync.source.personio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.Attributes;

/**
 * Where each field cakesync reads lives in a v1 employee: {@code attributes.<key>.value}, a plain
 * value or an object whose {@code attributes.name} is the name (department, office, subcompany).
 */
final class PersonioFields {
    /** cakesync's attribute names and the Personio attribute keys they are read from. */
    static final Map<String, String> ATTRIBUTE_KEYS = keys();

    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private PersonioFields() {}

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(Attributes.OFFICE, "office");
        keys.put(Attributes.COST_CENTRE, "cost_centers");
        keys.put(Attributes.EMPLOYMENT_TYPE, "employment_type");
        keys.put(Attributes.JOB_TITLE, "position");
        keys.put(Attributes.LEGAL_ENTITY, "subcompany");
        keys.put(Attributes.MANAGER_EMAIL, "supervisor");
        keys.put(Attributes.START_DATE, "hire_date");
        keys.put(Attributes.END_DATE, "termination_date");
        return keys;
    }

    static boolean has(JsonNode employee, String key) {
        return employee.path("attributes").has(key);
    }

    static String id(JsonNode employee) {
        return text(employee, "id");
    }

    /** The attribute's value as text: a plain value, or the name of the object it refers to. */
    static String text(JsonNode employee, String key) {
        JsonNode value = value(employee, key);
        if (value.isValueNode()) {
            return value.isNull() ? null : value.asText();
        }
        JsonNode name = value.path("attributes").path("name");
        return name.isValueNode() && !name.isNull() ? name.asText() : null;
    }

    static JsonNode value(JsonNode employee, String key) {
        return employee.path("attributes").path(key).path("value");
    }

    /** A date attribute ("2014-11-09T00:00:00+01:00") as its calendar date, the day HR entered. */
    static String date(JsonNode employee, String key) {
        String text = text(employee, key);
        return text != null && DATE.matcher(text).find() ? text.substring(0, 10) : text;
    }

    /** A person may be split over several cost centres; the one with the largest share is theirs for rules. */
    static String costCentre(JsonNode employee) {
        JsonNode centres = value(employee, "cost_centers");
        String name = null;
        double share = -1;
        for (JsonNode centre : centres) {
            JsonNode attributes = centre.path("attributes");
            double percentage = attributes.path("percentage").asDouble(0);
            if (attributes.path("name").isTextual() && percentage > share) {
                name = attributes.path("name").asText();
                share = percentage;
            }
        }
        return name;
    }

    /** The supervisor is a short employee object: its own email when Personio includes it, else its id. */
    static String supervisorEmail(JsonNode employee, Map<String, String> emailsById) {
        JsonNode email =
                value(employee, "supervisor").path("attributes").path("email").path("value");
        if (email.isTextual() && !email.asText().isBlank()) {
            return email.asText();
        }
        String id = supervisorId(employee);
        return id == null ? null : emailsById.get(id);
    }

    /** The supervisor's Personio id; null when the employee has none. */
    static String supervisorId(JsonNode employee) {
        JsonNode id =
                value(employee, "supervisor").path("attributes").path("id").path("value");
        return id.isValueNode() && !id.isNull() ? id.asText() : null;
    }
}
