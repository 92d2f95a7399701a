package io.cakesync.events;

import java.util.List;

import io.cakesync.source.PersonRef;

/** A pending event a targeted run took; {@code attempts} counts this run. */
record Claimed(long id, String source, String externalId, List<PersonRef> people, int attempts) {

    /** How the run's audit names the event. */
    String key() {
        return source + ":" + externalId;
    }
}
