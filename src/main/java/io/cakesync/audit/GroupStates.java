package io.cakesync.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The mapped groups as the daemon last saw them: each group's member snapshot, its latest applied
 * change, and the drift the last full refresh found in it.
 */
@ApplicationScoped
public class GroupStates {
    private final Jdbc jdbc;

    GroupStates(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public record Snapshot(String groupId, String groupName, int memberCount, OffsetDateTime refreshedAt) {}

    public record LastChange(long runId, String action, String email, String userId, OffsetDateTime at) {}

    /** Drift per group id found by the latest full refresh ({@code runId}). */
    public record Drift(long runId, Map<String, Integer> byGroup) {}

    /**
     * A member of a group's snapshot with what the Cakewalk user cache and the HR snapshot know of them
     * (null when they know nothing), and whether cakesync added or an admin adopted the membership.
     */
    public record Member(
            String userId,
            String email,
            String cakewalkName,
            String cakewalkStatus,
            String employeeId,
            String firstName,
            String lastName,
            String department,
            String hrStatus,
            String owned,
            Map<String, String> attributes) {}

    /** A group's snapshot that lists a person, by their email. */
    public record Membership(String groupId, String groupName, Member member) {}

    private static final String MEMBER_COLUMNS = "m.user_id, m.email, u.name, u.status_name, h.employee_id, "
            + "h.first_name, h.last_name, h.department, h.status, o.origin, h.attributes";
    private static final String MEMBER_JOINS = " LEFT JOIN cakewalk_user u ON u.id = m.user_id "
            + "LEFT JOIN hr_employee h ON lower(h.email) = lower(m.email) "
            + "LEFT JOIN owned_membership o ON o.group_id = m.group_id AND o.user_id = m.user_id";

    public List<Snapshot> snapshots() {
        return jdbc.query(
                "SELECT group_id, group_name, member_count, refreshed_at FROM group_snapshot "
                        + "ORDER BY lower(group_name)",
                ps -> {},
                rs -> {
                    List<Snapshot> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Snapshot(
                                rs.getString(1), rs.getString(2), rs.getInt(3), rs.getObject(4, OffsetDateTime.class)));
                    }
                    return rows;
                },
                "the group snapshots");
    }

    /** The newest membership change cakesync made in each group, by group id. */
    public Map<String, LastChange> lastChanges() {
        String sql = "SELECT DISTINCT ON (group_id) group_id, run_id, action, email, user_id, decided_at "
                + "FROM sync_change WHERE outcome = 'APPLIED' ORDER BY group_id, id DESC";
        return jdbc.query(
                sql,
                ps -> {},
                rs -> {
                    Map<String, LastChange> last = new HashMap<>();
                    while (rs.next()) {
                        last.put(
                                rs.getString(1),
                                new LastChange(
                                        rs.getLong(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getObject(6, OffsetDateTime.class)));
                    }
                    return last;
                },
                "the last change per group");
    }

    public Optional<Drift> driftOnLastFullRefresh() {
        Optional<Long> run = jdbc.query(
                "SELECT id FROM sync_run WHERE refresh_mode = 'FULL' ORDER BY id DESC LIMIT 1",
                ps -> {},
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty(),
                "the last full refresh");
        return run.map(id -> new Drift(
                id,
                jdbc.query(
                        "SELECT group_id, count(*) FROM sync_change WHERE run_id = ? "
                                + "AND reason LIKE 'drift:%' GROUP BY group_id",
                        ps -> ps.setLong(1, id),
                        rs -> {
                            Map<String, Integer> byGroup = new HashMap<>();
                            while (rs.next()) {
                                byGroup.put(rs.getString(1), rs.getInt(2));
                            }
                            return byGroup;
                        },
                        "the drift of run " + id)));
    }

    /** The members of one group's snapshot, by email. */
    public List<Member> members(String groupId) {
        String sql = "SELECT " + MEMBER_COLUMNS + " FROM group_member m" + MEMBER_JOINS
                + " WHERE m.group_id = ? ORDER BY lower(m.email), m.user_id";
        return jdbc.query(
                sql,
                ps -> ps.setString(1, groupId),
                rs -> {
                    List<Member> members = new ArrayList<>();
                    while (rs.next()) {
                        members.add(member(rs));
                    }
                    return members;
                },
                "the members of group " + groupId);
    }

    /** Every group snapshot that lists this email (any case) or Cakewalk user id. */
    public List<Membership> membershipsOf(String emailOrUserId) {
        String sql = "SELECT g.group_id, g.group_name, " + MEMBER_COLUMNS + " FROM group_member m "
                + "JOIN group_snapshot g ON g.group_id = m.group_id" + MEMBER_JOINS
                + " WHERE lower(m.email) = lower(?) OR m.user_id = ? ORDER BY lower(g.group_name)";
        return jdbc.query(
                sql,
                ps -> {
                    ps.setString(1, emailOrUserId);
                    ps.setString(2, emailOrUserId);
                },
                rs -> {
                    List<Membership> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(new Membership(rs.getString(1), rs.getString(2), member(rs, 3)));
                    }
                    return found;
                },
                "the groups of " + emailOrUserId);
    }

    private static Member member(ResultSet rs) throws SQLException {
        return member(rs, 1);
    }

    private static Member member(ResultSet rs, int from) throws SQLException {
        return new Member(
                rs.getString(from),
                rs.getString(from + 1),
                rs.getString(from + 2),
                rs.getString(from + 3),
                rs.getString(from + 4),
                rs.getString(from + 5),
                rs.getString(from + 6),
                rs.getString(from + 7),
                rs.getString(from + 8),
                rs.getString(from + 9),
                Json.read(rs.getString(from + 10)));
    }
}
