package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the daemon last saw of the outside world: the members of each mapped group, the Cakewalk
 * user directory and the HR source per employee. Each save replaces what was there.
 */
@ApplicationScoped
public class StateStore {
    private static final int BATCH = 1_000;

    private final DataSource dataSource;

    StateStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record MemberRow(String userId, String email) {
    }

    public record UserRow(String id, String email, String name, String statusName) {
    }

    /** {@code previousDepartment} and {@code departmentSince} say when the department last changed (null if never seen to). */
    public record EmployeeRow(String employeeId, String email, String firstName, String lastName, String department,
            String status, String previousDepartment, Instant departmentSince) {
    }

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

    public void saveUsers(Collection<UserRow> users) {
        upsert("INSERT INTO cakewalk_user (id, email, name, status_name, seen_at) VALUES (?, ?, ?, ?, now()) "
                + "ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, "
                + "status_name = excluded.status_name, seen_at = now()", users, (ps, u) -> {
                    ps.setString(1, u.id());
                    ps.setString(2, u.email());
                    ps.setString(3, u.name());
                    ps.setString(4, u.statusName());
                }, "Cakewalk users");
    }

    public void saveEmployees(long runId, Collection<EmployeeRow> employees) {
        upsert("INSERT INTO hr_employee (employee_id, email, first_name, last_name, department, status, seen_at, run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, now(), ?) ON CONFLICT (employee_id) DO UPDATE SET email = excluded.email, "
                + "first_name = excluded.first_name, last_name = excluded.last_name, department = excluded.department, "
                + "status = excluded.status, seen_at = now(), run_id = excluded.run_id, "
                + "previous_department = CASE WHEN hr_employee.department IS DISTINCT FROM excluded.department "
                + "THEN hr_employee.department ELSE hr_employee.previous_department END, "
                + "department_since = CASE WHEN hr_employee.department IS DISTINCT FROM excluded.department "
                + "THEN now() ELSE hr_employee.department_since END", employees, (ps, e) -> {
                    ps.setString(1, e.employeeId());
                    ps.setString(2, e.email());
                    ps.setString(3, e.firstName());
                    ps.setString(4, e.lastName());
                    ps.setString(5, e.department());
                    ps.setString(6, e.status());
                    ps.setLong(7, runId);
                }, "the HR snapshot");
    }

    /** The last HR state per employee id, as saved by the last live run. */
    public Map<String, EmployeeRow> employees() {
        String sql = "SELECT employee_id, email, first_name, last_name, department, status, previous_department, "
                + "department_since FROM hr_employee";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            Map<String, EmployeeRow> rows = new HashMap<>();
            while (rs.next()) {
                OffsetDateTime since = rs.getObject(8, OffsetDateTime.class);
                rows.put(rs.getString(1), new EmployeeRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        since == null ? null : since.toInstant()));
            }
            return rows;
        } catch (SQLException e) {
            throw new AuditException("cannot read the HR snapshot", e);
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> void upsert(String sql, Collection<T> rows, Binder<T> binder, String what) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++pending % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("cannot save " + what, e);
        }
    }
}
