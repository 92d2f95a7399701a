package io.cakesync.reconcile;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cakesync.source.PersonRef;

/**
 * What a targeted run is for: the people to re-read, the events that named them (recorded in the run's
 * audit), and how far back the event runs' changes count toward this run's safety limits.
 */
public record Targets(Set<PersonRef> people, List<String> eventIds, Duration window) {

    public Targets {
        people = Collections.unmodifiableSet(new LinkedHashSet<>(people));
        eventIds = List.copyOf(eventIds);
    }
}
