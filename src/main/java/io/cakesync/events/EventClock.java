package io.cakesync.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/** The time events are received, coalesced and retried by; tests move it instead of waiting. */
@ApplicationScoped
class EventClock {

    Instant now() {
        return Instant.now();
    }
}
