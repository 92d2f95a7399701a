package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the daemon last saw of Cakewalk: the members of each mapped group, the user directory, and
 * how each run read them. Each save replaces what was there. The HR side is {@link HrSnapshot}.
 */
@ApplicationScoped
public class StateStore {
    private static final int BATCH = 1_000;

    private final DataSource dataSource;
    private final Jdbc jdbc;

    StateStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    public record MemberRow(String userId, String email) {}

    public record UserRow(String id, String email, String name, String statusName) {}

    /** The last run whose Cakewalk read was a full refresh, and when it started. */
    public record FullRefresh(long runId, Instant startedAt) {}

    public void saveGroupMembers(long runId, String groupId, String groupName, Collection<MemberRow> members) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement head = c.prepareStatement(
                            "INSERT INTO group_snapshot (group_id, group_name, member_count, refreshed_at, run_id) "
                                    + "VALUES (?, ?, ?, now(), ?) ON CONFLICT (group_id) DO UPDATE SET group_name = "
                                    + "excluded.group_name, member_count = excluded.member_count, refreshed_at = now(), "
                                    + "run_id = excluded.run_id");
                    PreparedStatement clear = c.prepareStatement("DELETE FROM group_member WHERE group_id = ?");
                    PreparedStatement add = c.prepareStatement(
                            "INSERT INTO group_member (group_id, user_id, email) VALUES (?, ?, ?)")) {
                head.setString(1, groupId);
                head.setString(2, groupName);
                head.setInt(3, members.size());
                head.setLong(4, runId);
                head.executeUpdate();
                clear.setString(1, groupId);
                clear.executeUpdate();
                int pending = 0;
                for (MemberRow m : members) {
                    add.setString(1, groupId);
                    add.setString(2, m.userId());
                    add.setString(3, m.email());
                    add.addBatch();
                    if (++pending % BATCH == 0) {
                        add.executeBatch();
                    }
                }
                add.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("cannot save the member snapshot of group " + groupId, e);
        }
    }

    /**
     * Replaces the user cache with a complete user list: rows not in it are deleted, so a user removed
     * from Cakewalk does not linger in the cache that incremental runs match HR emails against.
     */
    public void replaceUsers(Collection<UserRow> users) {
        jdbc.upsert(
                "INSERT INTO cakewalk_user (id, email, name, status_name, seen_at) VALUES (?, ?, ?, ?, now()) "
                        + "ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, "
                        + "status_name = excluded.status_name, seen_at = now()",
                users,
                (ps, u) -> {
                    ps.setString(1, u.id());
                    ps.setString(2, u.email());
                    ps.setString(3, u.name());
                    ps.setString(4, u.statusName());
                },
                "DELETE FROM cakewalk_user WHERE seen_at < now()",
                "Cakewalk users");
    }

    /** The cached user list, as the last complete read of it saw it. */
    public List<UserRow> users() {
        return jdbc.query(
                "SELECT id, email, name, status_name FROM cakewalk_user",
                ps -> {},
                rs -> {
                    List<UserRow> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new UserRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return rows;
                },
                "the Cakewalk user cache");
    }

    /** The snapshot of each given group that has one; members keep the order they were saved in. */
    public Map<String, List<MemberRow>> groupMembers(Collection<String> groupIds) {
        String sql = "SELECT m.group_id, m.user_id, m.email FROM group_member m WHERE m.group_id = ANY (?)";
        return jdbc.query(
                sql,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", groupIds.toArray())),
                rs -> {
                    Map<String, List<MemberRow>> members = new HashMap<>();
                    groupIds.forEach(id -> members.put(id, new ArrayList<>()));
                    while (rs.next()) {
                        members.get(rs.getString(1)).add(new MemberRow(rs.getString(2), rs.getString(3)));
                    }
                    return members;
                },
                "the member snapshot");
    }

    public Optional<FullRefresh> lastFullRefresh() {
        String sql = "SELECT id, started_at FROM sync_run WHERE refresh_mode = 'FULL' ORDER BY id DESC LIMIT 1";
        return jdbc.query(
                sql,
                ps -> {},
                rs -> rs.next()
                        ? Optional.of(new FullRefresh(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class).toInstant()))
                        : Optional.empty(),
                "the last full refresh");
    }

    /**
     * Groups whose snapshot the daemon can vouch for: saved by the given full refresh or a later run,
     * and with no change since whose outcome may be missing from it (still PLANNED because the
     * process died, NOT_ATTEMPTED because the run stopped, or FAILED, possibly after Cakewalk acted);
     * by id, each with its name as last read.
     */
    public Map<String, String> settledGroupNames(long sinceRunId) {
        String sql = "SELECT g.group_id, g.group_name FROM group_snapshot g WHERE g.run_id >= ? AND NOT EXISTS ("
                + "SELECT 1 FROM sync_change c WHERE c.group_id = g.group_id AND c.run_id >= g.run_id "
                + "AND c.outcome IN ('PLANNED', 'NOT_ATTEMPTED', 'FAILED'))";
        return jdbc.query(
                sql,
                ps -> ps.setLong(1, sinceRunId),
                rs -> {
                    Map<String, String> names = new HashMap<>();
                    while (rs.next()) {
                        names.put(rs.getString(1), rs.getString(2));
                    }
                    return names;
                },
                "the settled group snapshots");
    }

    /** Marks how the run read Cakewalk; called once its read is complete. */
    public void recordRefresh(long runId, String mode, String note) {
        String sql = "UPDATE sync_run SET refresh_mode = ?, refresh_note = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, mode);
            ps.setString(2, note);
            ps.setLong(3, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot record the refresh mode of run " + runId, e);
        }
    }
}
