package io.cakesync.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** What became of held plans: the run that applied an approved one, and what still waits per group. */
@ApplicationScoped
public class HeldPlans {
    private final Jdbc jdbc;

    HeldPlans(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** The APPROVAL run that re-checked and applied the plan held by this run, if it was approved. */
    public Optional<Long> appliedBy(long heldRunId) {
        return jdbc.query(
                "SELECT id FROM sync_run WHERE approves_run = ? ORDER BY id DESC LIMIT 1",
                ps -> ps.setLong(1, heldRunId),
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty(),
                "the run that applied run " + heldRunId);
    }

    /** Held changes per group id in live plans nobody has decided on and that finished after {@code notBefore}. */
    public Map<String, Integer> pendingByGroup(OffsetDateTime notBefore) {
        String sql = "SELECT c.group_id, count(*) FROM sync_change c JOIN sync_run r ON r.id = c.run_id "
                + "WHERE c.outcome = 'HELD' AND r.status = 'HELD' AND r.mode = 'LIVE' AND r.finished_at >= ? "
                + "AND NOT EXISTS (SELECT 1 FROM plan_decision d WHERE d.run_id = r.id) GROUP BY c.group_id";
        return jdbc.query(
                sql,
                ps -> ps.setObject(1, notBefore),
                rs -> {
                    Map<String, Integer> held = new HashMap<>();
                    while (rs.next()) {
                        held.put(rs.getString(1), rs.getInt(2));
                    }
                    return held;
                },
                "the held changes per group");
    }
}
