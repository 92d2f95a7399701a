package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The people of a sandbox HiBob company, each as HiBob would show them to a person: root fields at the
 * top, the other fields nested by category ({@code work.department}), list values by name. Thread-safe.
 */
public final class HibobTenant {
    private final List<ObjectNode> people = new ArrayList<>();
    private final Set<String> hiddenCategories = new HashSet<>();

    /** Loads {@code {"employees": [...]}}; every error names the file and the entry. */
    public static HibobTenant fromSeed(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("seed file " + file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + file + ": cannot be read", e);
        }
        JsonNode employees = root == null ? null : root.get("employees");
        if (employees == null || !employees.isArray()) {
            throw new IllegalArgumentException("seed file " + file + ": expected an object with an 'employees' array");
        }
        HibobTenant tenant = new HibobTenant();
        for (int i = 0; i < employees.size(); i++) {
            JsonNode person = employees.get(i);
            if (!person.isObject()
                    || !person.path("id").isTextual()
                    || person.path("id").asText().isBlank()) {
                throw new IllegalArgumentException("seed file " + file + ": employees[" + i + "] has no 'id' string");
            }
            tenant.add((ObjectNode) person);
        }
        return tenant;
    }

    /** A person in seed form, with the fields cakesync reads by default. */
    public static ObjectNode person(
            String id,
            String email,
            String firstName,
            String surname,
            String lifecycle,
            String department,
            String site) {
        ObjectNode person = Json.object()
                .put("id", id)
                .put("email", email)
                .put("firstName", firstName)
                .put("surname", surname);
        person.putObject("work")
                .put("department", department)
                .put("site", site)
                .put("title", "Engineer")
                .put("startDate", "2020-01-15")
                .putObject("reportsTo")
                .putNull("email");
        person.putObject("internal").put("lifecycleStatus", lifecycle).putNull("terminationDate");
        person.putObject("payroll").putObject("employment").put("type", "Permanent");
        return person;
    }

    public synchronized void add(ObjectNode person) {
        people.add(person.deepCopy());
    }

    public synchronized void clear() {
        people.clear();
        hiddenCategories.clear();
    }

    public synchronized int size() {
        return people.size();
    }

    /** From now on the service user may not read this category ({@code work}): its fields are left out silently. */
    public synchronized void hideCategory(String category) {
        hiddenCategories.add(category);
    }

    /** The people as stored; {@link #add} keeps its own copies, and readers only read them. */
    synchronized List<ObjectNode> people() {
        return List.copyOf(people);
    }

    synchronized Set<String> hiddenCategories() {
        return Set.copyOf(hiddenCategories);
    }
}
