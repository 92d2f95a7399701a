package io.cakesync.source.hibob;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cakesync.source.SourceException;
import io.cakesync.source.SourceRecord;

/**
 * Turns search answers into records, after proving every field the read needs came back on every
 * employee: HiBob leaves out, without a word, the fields of categories the service user may not read,
 * and a permission group may cover some employees and not others.
 */
final class HibobRecords {
    private final HibobFields fields;

    HibobRecords(HibobFields fields) {
        this.fields = fields;
    }

    static String locator(String id) {
        return "HiBob employee " + id;
    }

    void requirePresent(List<HibobPerson> people, List<HibobField> strict) {
        for (HibobField field : strict) {
            List<HibobPerson> without =
                    people.stream().filter(p -> !p.has(field.id())).toList();
            if (!without.isEmpty()) {
                throw new SourceException("HiBob did not return field " + field.id() + " (" + field.use() + ") for "
                        + without.size() + " of " + people.size() + " employee(s), e.g. "
                        + locator(without.get(0).id())
                        + ": the service user's permission group may not read it for them. Give the group read"
                        + " access to the field's category for all employees (Bob: Settings > Permission groups >"
                        + " People's data), or set sync.source.hibob.fields.* to the field that holds it");
            }
        }
    }

    SourceRecord record(HibobPerson person) {
        Map<String, String> attributes = new LinkedHashMap<>();
        fields.attributes().forEach((name, field) -> {
            String value = person.text(field);
            if (value != null) {
                attributes.put(name, value);
            }
        });
        return new SourceRecord(
                locator(person.id()),
                person.id(),
                person.text(HibobFields.EMAIL),
                person.text(HibobFields.FIRST_NAME),
                person.text(HibobFields.LAST_NAME),
                person.text(HibobFields.STATUS),
                person.text(fields.department()),
                attributes);
    }
}
