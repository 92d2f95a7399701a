package io.cakesync.sandbox;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of an in-memory Personio company: employees in insertion order (so offset pages are
 * stable), the attributes the API credential may not read (Personio leaves them out of answers) and
 * the token it issues. Thread-safe.
 */
public final class PersonioTenant {
    /** The attribute keys of a v1 employee that the sandbox serves. */
    public static final List<String> ATTRIBUTES = List.of(
            "id",
            "first_name",
            "last_name",
            "email",
            "status",
            "department",
            "office",
            "position",
            "employment_type",
            "subcompany",
            "cost_centers",
            "supervisor",
            "hire_date",
            "termination_date");

    private final Map<Integer, PersonioPerson> people = new LinkedHashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final String token = "papi-" + new BigInteger(96, new SecureRandom()).toString(36);

    public static PersonioTenant fromSeed(Path json) {
        return new PersonioSeed(json).load();
    }

    public synchronized void add(PersonioPerson person) {
        if (people.putIfAbsent(person.id(), person) != null) {
            throw new IllegalArgumentException("duplicate Personio id " + person.id());
        }
    }

    /** Replaces the person with the same id, as an HR edit would. */
    public synchronized void update(PersonioPerson person) {
        if (people.replace(person.id(), person) == null) {
            throw new IllegalArgumentException("no Personio person " + person.id());
        }
    }

    public synchronized void remove(int id) {
        people.remove(id);
    }

    /** The API credential may no longer read this attribute key: answers leave it out. */
    public synchronized void hide(String attribute) {
        if (!ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("unknown Personio attribute " + attribute);
        }
        hidden.add(attribute);
    }

    /** Empties the company and shows every attribute again. */
    public synchronized void clear() {
        people.clear();
        hidden.clear();
    }

    public synchronized List<PersonioPerson> people() {
        return List.copyOf(people.values());
    }

    synchronized boolean readable(String attribute) {
        return !hidden.contains(attribute);
    }

    synchronized PersonioPerson person(int id) {
        return people.get(id);
    }

    String token() {
        return token;
    }
}
