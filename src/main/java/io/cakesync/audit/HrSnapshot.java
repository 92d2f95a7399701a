package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the HR source said per employee at the last live run: the planner's memory for movers,
 * email changes and rejected rows.
 */
@ApplicationScoped
public class HrSnapshot {
    private final DataSource dataSource;
    private final Jdbc jdbc;

    HrSnapshot(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    /** {@code previousDepartment} and {@code departmentSince} say when the department last changed (null if never seen to). */
    public record EmployeeRow(
            String employeeId,
            String email,
            String firstName,
            String lastName,
            String department,
            String status,
            Map<String, String> attributes,
            String previousDepartment,
            Instant departmentSince) {}

    /** Normalized emails of the HR snapshot the last live run saved. */
    public Set<String> employeeEmails() {
        return jdbc.query(
                "SELECT email FROM hr_employee",
                ps -> {},
                rs -> {
                    Set<String> emails = new HashSet<>();
                    while (rs.next()) {
                        emails.add(rs.getString(1));
                    }
                    return emails;
                },
                "the HR snapshot");
    }

    public void saveEmployees(long runId, Collection<EmployeeRow> employees) {
        jdbc.upsert(
                "INSERT INTO hr_employee (employee_id, email, first_name, last_name, department, status, attributes, "
                        + "seen_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, now(), ?) ON CONFLICT (employee_id) DO UPDATE SET "
                        + "email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name, "
                        + "department = excluded.department, status = excluded.status, attributes = excluded.attributes, "
                        + "seen_at = now(), run_id = excluded.run_id, "
                        + "previous_department = CASE WHEN hr_employee.department IS DISTINCT FROM excluded.department "
                        + "THEN hr_employee.department ELSE hr_employee.previous_department END, "
                        + "department_since = CASE WHEN hr_employee.department IS DISTINCT FROM excluded.department "
                        + "THEN now() ELSE hr_employee.department_since END",
                employees,
                (ps, e) -> {
                    ps.setString(1, e.employeeId());
                    ps.setString(2, e.email());
                    ps.setString(3, e.firstName());
                    ps.setString(4, e.lastName());
                    ps.setString(5, e.department());
                    ps.setString(6, e.status());
                    ps.setString(7, Json.write(e.attributes()));
                    ps.setLong(8, runId);
                },
                "the HR snapshot");
    }

    /** The last HR state per employee id, as saved by the last live run. */
    public Map<String, EmployeeRow> employees() {
        return employees("");
    }

    /**
     * The people the last live full read found, with what event runs re-read since. Someone a full read
     * no longer found is left out here; {@link #employees()} keeps them, as the planner's memory.
     */
    public Map<String, EmployeeRow> currentEmployees() {
        return employees(" WHERE run_id >= (SELECT coalesce(max(h.run_id), 0) FROM hr_employee h "
                + "JOIN sync_run r ON r.id = h.run_id WHERE r.trigger <> 'EVENT')");
    }

    private Map<String, EmployeeRow> employees(String where) {
        String sql = "SELECT employee_id, email, first_name, last_name, department, status, attributes, "
                + "previous_department, department_since FROM hr_employee" + where;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            Map<String, EmployeeRow> rows = new HashMap<>();
            while (rs.next()) {
                OffsetDateTime since = rs.getObject(9, OffsetDateTime.class);
                rows.put(
                        rs.getString(1),
                        new EmployeeRow(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                Json.read(rs.getString(7)),
                                rs.getString(8),
                                since == null ? null : since.toInstant()));
            }
            return rows;
        } catch (SQLException e) {
            throw new AuditException("cannot read the HR snapshot", e);
        }
    }
}
