package io.cakesync.source.hibob;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cakesync.source.SourceException;

/**
 * A people search answer, checked for what can be checked without pages or totals: it is whole JSON
 * (a body cut off in transit does not parse), it has the employees array, and every entry is an
 * employee with an id.
 */
final class HibobAnswer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HibobAnswer() {}

    /** Everyone of a full search; finding nobody at all is never read as an empty company. */
    static List<HibobPerson> people(String body) {
        List<HibobPerson> people = matches(body);
        if (people.isEmpty()) {
            throw new SourceException("HiBob's people search found no employees: the service user's permission"
                    + " group may read nobody's data (Bob: Settings > Integrations > Service users)");
        }
        return people;
    }

    /** The people a filtered search found, which may be nobody. */
    static List<HibobPerson> matches(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new SourceException("HiBob's people search answer is not complete JSON (cut off in transit?): "
                    + e.getOriginalMessage());
        }
        JsonNode employees = root == null ? null : root.get("employees");
        if (employees == null || !employees.isArray()) {
            throw new SourceException("HiBob's people search answer has no employees array");
        }
        List<HibobPerson> people = new ArrayList<>();
        for (int i = 0; i < employees.size(); i++) {
            JsonNode node = employees.get(i);
            HibobPerson person = new HibobPerson(node);
            if (!node.isObject() || person.id() == null) {
                throw new SourceException(
                        "HiBob's people search answer has an entry without an id at employees[" + i + "]");
            }
            people.add(person);
        }
        return people;
    }
}
