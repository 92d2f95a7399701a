package io.cakesync.events;

import java.util.List;

import io.cakesync.source.PersonRef;

/**
 * One delivery as a receiver understood it: the sender's id for it (or a digest where the sender gives
 * none), the people it names, and, when it names nobody cakesync can read, why (it is kept, as failed,
 * so that an admin sees it).
 */
record Received(String externalId, List<PersonRef> people, String unreadable) {

    Received {
        people = List.copyOf(people);
    }

    static Received of(String externalId, List<PersonRef> people) {
        return new Received(externalId, people, null);
    }
}
