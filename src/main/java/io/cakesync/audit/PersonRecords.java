package io.cakesync.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** People as HR last described them, found by name, email or employee id, and the HR rows of theirs a run rejected. */
@ApplicationScoped
public class PersonRecords {
    private static final String COLUMNS = "employee_id, email, first_name, last_name, department, status, "
            + "previous_department, department_since, seen_at, run_id, attributes";
    private static final String MATCH = " WHERE employee_id = ? OR lower(email) LIKE ? ESCAPE '\\' "
            + "OR lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) LIKE ? ESCAPE '\\' "
            + "OR lower(coalesce(last_name, '') || ' ' || coalesce(first_name, '')) LIKE ? ESCAPE '\\'";

    private final Jdbc jdbc;

    PersonRecords(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Everything the HR snapshot holds about one employee, as the last live run saved it. */
    public record HrRecord(
            String employeeId,
            String email,
            String firstName,
            String lastName,
            String department,
            String status,
            String previousDepartment,
            OffsetDateTime departmentSince,
            OffsetDateTime seenAt,
            Long runId,
            Map<String, String> attributes) {}

    /** An HR record a run left out that names this person by email or employee id; {@code locator} says where. */
    public record Rejection(
            long runId, OffsetDateTime runStartedAt, String locator, String employeeId, String email, String reason) {}

    /** Whose name, email or employee id contains {@code text} (any case); everyone for a blank text. */
    public List<HrRecord> search(String text, int limit, int offset) {
        String sql = "SELECT " + COLUMNS + " FROM hr_employee" + where(text)
                + " ORDER BY lower(coalesce(last_name, '')), lower(coalesce(first_name, '')), employee_id LIMIT ? OFFSET ?";
        return jdbc.query(
                sql,
                ps -> {
                    int i = bind(ps, text);
                    ps.setInt(i++, limit);
                    ps.setInt(i, offset);
                },
                rs -> {
                    List<HrRecord> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(record(rs));
                    }
                    return found;
                },
                "the HR snapshot");
    }

    public long count(String text) {
        return jdbc.query(
                "SELECT count(*) FROM hr_employee" + where(text),
                ps -> bind(ps, text),
                rs -> {
                    rs.next();
                    return rs.getLong(1);
                },
                "the HR snapshot");
    }

    /** {@code key} is an employee id or an email (any case); the employee id wins. */
    public Optional<HrRecord> find(String key) {
        String sql = "SELECT " + COLUMNS + " FROM hr_employee WHERE employee_id = ? OR lower(email) = lower(?) "
                + "ORDER BY employee_id = ? DESC LIMIT 1";
        return jdbc.query(
                sql,
                ps -> {
                    ps.setString(1, key);
                    ps.setString(2, key);
                    ps.setString(3, key);
                },
                rs -> rs.next() ? Optional.of(record(rs)) : Optional.empty(),
                "the HR record of " + key);
    }

    /** Rejected rows with any of these emails (any case) or employee ids, newest run first. */
    public List<Rejection> rejections(List<String> keys, int limit) {
        String sql =
                "SELECT x.run_id, r.started_at, x.locator, x.employee_id, x.email, x.reason FROM source_rejection x "
                        + "JOIN sync_run r ON r.id = x.run_id WHERE lower(trim(x.email)) = ANY (?) OR trim(x.employee_id) = ANY (?) "
                        + "ORDER BY x.run_id DESC, x.id LIMIT ?";
        List<String> lower = keys.stream().map(k -> k.trim().toLowerCase()).toList();
        return jdbc.query(
                sql,
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", lower.toArray()));
                    ps.setArray(
                            2,
                            ps.getConnection()
                                    .createArrayOf(
                                            "text",
                                            keys.stream().map(String::trim).toArray()));
                    ps.setInt(3, limit);
                },
                rs -> {
                    List<Rejection> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Rejection(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)));
                    }
                    return rows;
                },
                "the rejected HR rows");
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? "" : MATCH;
    }

    private static int bind(PreparedStatement ps, String text) throws SQLException {
        if (text == null || text.isBlank()) {
            return 1;
        }
        String like = "%"
                + text.trim()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        ps.setString(1, text.trim());
        ps.setString(2, like);
        ps.setString(3, like);
        ps.setString(4, like);
        return 5;
    }

    private static HrRecord record(ResultSet rs) throws SQLException {
        return new HrRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class),
                (Long) rs.getObject(10),
                Json.read(rs.getString(11)));
    }
}
