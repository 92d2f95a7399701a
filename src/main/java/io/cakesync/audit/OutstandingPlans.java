package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Held plans an admin can still approve: live, HELD, undecided and not expired, from any replica. */
@ApplicationScoped
public class OutstandingPlans {
    private final DataSource dataSource;

    OutstandingPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Plans held by runs that finished after {@code heldAfter} (now minus the expiry) and await a decision,
     * each once: a run held by another run's plan is not a plan of its own.
     */
    public int count(OffsetDateTime heldAfter) {
        String sql = "SELECT count(*) FROM sync_run r WHERE r.status = 'HELD' AND r.mode = 'LIVE' "
                + "AND r.held_by_run IS NULL AND r.finished_at > ? AND NOT EXISTS (SELECT 1 FROM plan_decision d WHERE d.run_id = r.id)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, heldAfter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new AuditException("cannot count held plans", e);
        }
    }
}
