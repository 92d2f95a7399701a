package io.cakesync.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Recent HR events for the admin UI and API, newest first. */
@ApplicationScoped
public class EventLog {
    private final EventStore store;

    EventLog(EventStore store) {
        this.store = store;
    }

    /** {@code state} (PENDING, DONE, FAILED) and {@code runId} narrow the list when not null. */
    public List<EventView> recent(String state, Long runId, int limit, int offset) {
        return store.recent(state, runId, limit, offset);
    }

    public long count(String state, Long runId) {
        return store.count(state, runId);
    }
}
