package io.cakesync.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.cakesync.source.PersonRef;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The event queue in PostgreSQL (table {@code hr_event}): an event is stored before it is acknowledged
 * and stays PENDING until a run settles it, so neither a restart nor a failover loses one.
 */
@ApplicationScoped
class EventStore {
    private static final String VIEW = "SELECT id, source, external_id, people::text, received_at, received_by, "
            + "state, attempts, next_attempt_at, run_id, outcome, note, settled_at FROM hr_event";

    private final DataSource dataSource;

    EventStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores a received event, due at {@code due}; false when the source sent this id before. An event
     * naming nobody cakesync can read is kept as FAILED, for the admin to see.
     */
    boolean add(String source, Received event, String node, Instant now, Instant due) {
        String sql = "INSERT INTO hr_event (source, external_id, people, received_at, received_by, next_attempt_at, "
                + "state, note, settled_at) VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (source, external_id) DO NOTHING";
        boolean unreadable = event.unreadable() != null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, source);
            ps.setString(2, event.externalId());
            ps.setString(3, json(event.people()));
            ps.setObject(4, time(now));
            ps.setString(5, node);
            ps.setObject(6, time(due));
            ps.setString(7, unreadable ? "FAILED" : "PENDING");
            ps.setString(8, event.unreadable());
            ps.setObject(9, unreadable ? time(now) : null, Types.TIMESTAMP_WITH_TIMEZONE);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new QueueUnavailable("cannot store the " + source + " event " + event.externalId(), e);
        }
    }

    /** When the first pending event is due, if there is one. */
    Optional<Instant> earliestDue() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT min(next_attempt_at) FROM hr_event WHERE state = 'PENDING'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        } catch (SQLException e) {
            throw new QueueUnavailable("cannot read the pending events", e);
        }
    }

    /**
     * Takes pending events for one run: every event not tried yet (a burst is coalesced into the run, the
     * first of it has waited long enough), and those whose retry is due. Counts the attempt. Only while
     * holding the run lock, so that no other process takes the same events.
     */
    List<Claimed> claim(Instant now, int max) {
        String sql = "UPDATE hr_event SET attempts = attempts + 1 WHERE id IN (SELECT id FROM hr_event "
                + "WHERE state = 'PENDING' AND (attempts = 0 OR next_attempt_at <= ?) ORDER BY id LIMIT ?) "
                + "RETURNING id, source, external_id, people::text, attempts";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, time(now));
            ps.setInt(2, max);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(
                            rs.getLong(1), rs.getString(2), rs.getString(3), people(rs.getString(4)), rs.getInt(5)));
                }
            }
            claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
            return claimed;
        } catch (SQLException e) {
            throw new QueueUnavailable("cannot take the pending events", e);
        }
    }

    void settle(List<Settlement> settlements, Instant now) {
        String sql = "UPDATE hr_event SET state = ?, run_id = ?, outcome = ?, note = ?, "
                + "next_attempt_at = coalesce(?, next_attempt_at), settled_at = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (Settlement s : settlements) {
                ps.setString(1, s.state());
                ps.setLong(2, s.runId());
                ps.setString(3, s.outcome());
                ps.setString(4, s.note());
                ps.setObject(5, s.retryAt() == null ? null : time(s.retryAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(6, "PENDING".equals(s.state()) ? null : time(now), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setLong(7, s.eventId());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new QueueUnavailable("cannot record what became of " + settlements.size() + " event(s)", e);
        }
    }

    /** Newest first; {@code state} null for all. */
    List<EventView> recent(String state, Long runId, int limit, int offset) {
        String sql = VIEW + where(state, runId) + " ORDER BY id DESC LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, state, runId);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            List<EventView> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new EventView(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            people(rs.getString(4)).stream()
                                    .map(PersonRef::toString)
                                    .toList(),
                            rs.getObject(5, OffsetDateTime.class),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getObject(9, OffsetDateTime.class),
                            (Long) rs.getObject(10),
                            rs.getString(11),
                            rs.getString(12),
                            rs.getObject(13, OffsetDateTime.class)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new QueueUnavailable("cannot read the events", e);
        }
    }

    long count(String state, Long runId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM hr_event" + where(state, runId))) {
            bind(ps, state, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new QueueUnavailable("cannot count the events", e);
        }
    }

    private static String where(String state, Long runId) {
        List<String> conditions = new ArrayList<>();
        if (state != null) {
            conditions.add("state = ?");
        }
        if (runId != null) {
            conditions.add("run_id = ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static int bind(PreparedStatement ps, String state, Long runId) throws SQLException {
        int i = 1;
        if (state != null) {
            ps.setString(i++, state);
        }
        if (runId != null) {
            ps.setLong(i++, runId);
        }
        return i;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String json(List<PersonRef> people) {
        ArrayNode list = Bodies.JSON.createArrayNode();
        people.forEach(p -> list.addObject()
                .put(
                        p.employeeId() != null ? "employeeId" : "email",
                        p.employeeId() != null ? p.employeeId() : p.email()));
        return list.toString();
    }

    static List<PersonRef> people(String json) {
        try {
            List<PersonRef> people = new ArrayList<>();
            for (JsonNode p : Bodies.JSON.readTree(json)) {
                people.add(
                        p.has("employeeId")
                                ? PersonRef.byEmployeeId(p.get("employeeId").asText())
                                : PersonRef.byEmail(p.get("email").asText()));
            }
            return people;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's people are not the JSON cakesync stored: " + e.getMessage(), e);
        }
    }
}
