package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Admin decisions on held plans: one per held run, final once made (the database refuses changes). */
@ApplicationScoped
public class Decisions {
    private final DataSource dataSource;

    Decisions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Decision(long runId, String decision, String decidedBy, String comment, OffsetDateTime decidedAt) {}

    /** False when the run already has a decision (two admins clicking at once: the first one wins). */
    public boolean record(long runId, String decision, String decidedBy, String comment) {
        String sql = "INSERT INTO plan_decision (run_id, decision, decided_by, comment) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (run_id) DO NOTHING";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            ps.setString(2, decision);
            ps.setString(3, decidedBy);
            ps.setString(4, comment);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new AuditException("cannot record the decision on run " + runId, e);
        }
    }

    public Optional<Decision> find(long runId) {
        String sql = "SELECT run_id, decision, decided_by, comment, decided_at FROM plan_decision WHERE run_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Decision(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditException("cannot read the decision on run " + runId, e);
        }
    }
}
