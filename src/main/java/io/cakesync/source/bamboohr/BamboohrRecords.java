package io.cakesync.source.bamboohr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.Attributes;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourceRecord;

/**
 * Turns listed employees into records, after proving every field the read needs was readable: BambooHR
 * answers a field the key may not read with null and names it in the record's {@code _restrictedFields},
 * and leaves out a field it does not know.
 */
final class BamboohrRecords {
    /** The status a record gets when BambooHR says Active but the hire date is still to come. */
    static final String PRE_HIRE = "pre-hire";
    /** The status a record gets when BambooHR says Active and the employment status is one that means leave. */
    static final String LEAVE = "leave";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final BamboohrFields fields;
    private final Set<String> leaveEmploymentStatuses;

    BamboohrRecords(BamboohrFields fields, List<String> leaveEmploymentStatuses) {
        this.fields = fields;
        this.leaveEmploymentStatuses = leaveEmploymentStatuses.stream()
                .map(Attributes::name)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    static String locator(JsonNode employee) {
        return "BambooHR employee " + employee.path("employeeId").asText();
    }

    void requireReadable(List<JsonNode> employees, List<BamboohrField> strict) {
        for (BamboohrField field : strict) {
            List<JsonNode> unknown =
                    employees.stream().filter(e -> !e.has(field.name())).toList();
            if (!unknown.isEmpty()) {
                throw new SourceException("BambooHR did not return field " + field.name() + " (" + field.use()
                        + ") for " + unknown.size() + " of " + employees.size() + " employee(s), e.g. "
                        + locator(unknown.get(0)) + ": the employee list does not know it. Set"
                        + " sync.source.bamboohr.fields.* to a field the list returns");
            }
            List<JsonNode> restricted =
                    employees.stream().filter(e -> restricted(e, field.name())).toList();
            if (!restricted.isEmpty()) {
                throw new SourceException("BambooHR restricts field " + field.name() + " (" + field.use() + ") for "
                        + restricted.size() + " of " + employees.size() + " employee(s), e.g. "
                        + locator(restricted.get(0)) + ": the API key's user may not read it. Give that user's"
                        + " access level the field (BambooHR: Settings > Access Levels), or change the rule");
            }
        }
    }

    List<SourceRecord> records(List<JsonNode> employees, LocalDate today) {
        Map<String, String> workEmails = new HashMap<>();
        employees.forEach(e -> workEmails.put(e.get("employeeId").asText(), text(e, BamboohrFields.EMAIL.name())));
        return employees.stream().map(e -> record(e, workEmails, today)).toList();
    }

    private SourceRecord record(JsonNode e, Map<String, String> workEmails, LocalDate today) {
        Map<String, String> attributes = new LinkedHashMap<>();
        fields.attributes().forEach((name, field) -> {
            String value = text(e, field.name());
            if (name.equals(Attributes.MANAGER_EMAIL)) {
                value = value == null ? null : workEmails.get(value);
            } else if (name.equals(Attributes.START_DATE) || name.equals(Attributes.END_DATE)) {
                value = date(value) == null ? null : value;
            }
            if (value != null) {
                attributes.put(name, value);
            }
        });
        return new SourceRecord(
                locator(e),
                e.get("employeeId").asText(),
                text(e, BamboohrFields.EMAIL.name()),
                text(e, BamboohrFields.FIRST_NAME.name()),
                text(e, BamboohrFields.LAST_NAME.name()),
                status(e, today),
                text(e, fields.department().name()),
                attributes);
    }

    /**
     * BambooHR says Active or Inactive. An Active employee whose hire date lies ahead has not started yet;
     * one whose employment status is a leave one is on leave.
     */
    private String status(JsonNode e, LocalDate today) {
        String status = text(e, BamboohrFields.STATUS.name());
        if (!"active".equalsIgnoreCase(status)) {
            return status;
        }
        LocalDate hired = date(text(e, fields.hireDate().name()));
        if (hired != null && hired.isAfter(today)) {
            return PRE_HIRE;
        }
        String employment = text(e, BamboohrFields.EMPLOYMENT_STATUS.name());
        return employment != null && leaveEmploymentStatuses.contains(Attributes.name(employment)) ? LEAVE : status;
    }

    private static boolean restricted(JsonNode e, String field) {
        JsonNode list = e.get("_restrictedFields");
        if (list == null || !list.isArray()) {
            return false;
        }
        for (JsonNode name : list) {
            if (field.equals(name.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode e, String field) {
        JsonNode value = e.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** BambooHR writes an empty date as 0000-00-00; checked first, as a parse failure per employee is slow. */
    private static LocalDate date(String value) {
        if (value == null || !DATE.matcher(value).matches() || value.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
