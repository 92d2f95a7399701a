package io.cakesync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The employees of a sandbox BambooHR company, by BambooHR's employee-list field names
 * ({@code employeeId}, {@code workEmail}, {@code departmentName}, …), in employee id order. Thread-safe.
 */
public final class BamboohrTenant {
    private static final Comparator<ObjectNode> BY_ID =
            Comparator.comparingLong(e -> Long.parseLong(e.get("employeeId").asText()));

    private final List<ObjectNode> employees = new ArrayList<>();
    private final Set<String> restricted = new HashSet<>();

    /** Loads {@code {"employees": [...]}}; every error names the file and the entry. */
    public static BamboohrTenant fromSeed(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("seed file " + file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + file + ": cannot be read", e);
        }
        JsonNode list = root == null ? null : root.get("employees");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("seed file " + file + ": expected an object with an 'employees' array");
        }
        BamboohrTenant tenant = new BamboohrTenant();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            if (!e.isObject()
                    || !e.path("employeeId").isTextual()
                    || !e.path("employeeId").asText().matches("\\d+")) {
                throw new IllegalArgumentException(
                        "seed file " + file + ": employees[" + i + "] has no numeric 'employeeId' string");
            }
            tenant.add((ObjectNode) e);
        }
        return tenant;
    }

    /** An employee with the fields cakesync reads by default. */
    public static ObjectNode employee(
            String id,
            String firstName,
            String lastName,
            String status,
            String workEmail,
            String department,
            String location) {
        return Json.object()
                .put("employeeId", id)
                .put("firstName", firstName)
                .put("lastName", lastName)
                .putNull("preferredName")
                .put("jobTitleName", "Engineer")
                .put("status", status)
                .put("workEmail", workEmail)
                .put("departmentName", department)
                .put("locationName", location)
                .put("employmentStatusName", "Full-Time")
                .put("hireDate", "2020-01-15")
                .put("terminationDate", "0000-00-00")
                .putNull("reportsToId");
    }

    public synchronized void add(ObjectNode employee) {
        ObjectNode copy = employee.deepCopy();
        int at = Collections.binarySearch(employees, copy, BY_ID);
        employees.add(at < 0 ? -at - 1 : at, copy);
    }

    public synchronized boolean remove(String employeeId) {
        return employees.removeIf(e -> e.get("employeeId").asText().equals(employeeId));
    }

    public synchronized void clear() {
        employees.clear();
        restricted.clear();
    }

    public synchronized int size() {
        return employees.size();
    }

    /** From now on the API key's user may not read this field: it comes back null and named in _restrictedFields. */
    public synchronized void restrict(String field) {
        restricted.add(field);
    }

    /** The employees as stored; {@link #add} keeps its own copies, and readers only read them. */
    synchronized List<ObjectNode> employees() {
        return List.copyOf(employees);
    }

    synchronized Set<String> restricted() {
        return Set.copyOf(restricted);
    }

    /** Fields the list knows: any field some employee carries. */
    synchronized boolean knows(String field) {
        return employees.stream().anyMatch(e -> e.has(field));
    }
}
