package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Everything that happened to one person: what HR last said about them and every change across runs. */
@ApplicationScoped
public class Timeline {
    private final DataSource dataSource;
    private final ChangeSearch search;

    Timeline(DataSource dataSource, ChangeSearch search) {
        this.dataSource = dataSource;
        this.search = search;
    }

    /** The person as the last live run read them from HR; null fields when HR never listed them. */
    public record Person(
            String key,
            String employeeId,
            String email,
            String firstName,
            String lastName,
            String department,
            String status,
            String previousDepartment,
            OffsetDateTime departmentSince) {}

    public record View(Person person, List<ChangeView> changes, long total) {}

    /** {@code key} is an email (any case) or an employee id; changes newest first. */
    public View of(String key, int limit, int offset) {
        ChangeFilter filter = ChangeFilter.person(key);
        return new View(
                person(key.trim()).orElse(new Person(key.trim(), null, null, null, null, null, null, null, null)),
                search.find(filter, limit, offset),
                search.count(filter));
    }

    private Optional<Person> person(String key) {
        String sql = "SELECT employee_id, email, first_name, last_name, department, status, previous_department, "
                + "department_since FROM hr_employee WHERE employee_id = ? OR lower(email) = lower(?) "
                + "ORDER BY employee_id = ? DESC LIMIT 1";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setString(2, key);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Person(
                                key,
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getObject(8, OffsetDateTime.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditException("cannot read the HR record of " + key, e);
        }
    }
}
