package io.cakesync.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Changes the runs of one trigger applied recently, per group and action: the sliding window of event runs. */
@ApplicationScoped
public class AppliedChanges {
    private final Jdbc jdbc;

    AppliedChanges(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public record Count(String groupId, String action, int changes) {}

    /** Changes APPLIED by runs of {@code trigger} that started within the last {@code window} (database time). */
    public List<Count> since(String trigger, Duration window) {
        String sql = "SELECT c.group_id, c.action, count(*) FROM sync_change c JOIN sync_run r ON r.id = c.run_id "
                + "WHERE r.trigger = ? AND r.started_at >= now() - make_interval(secs => ?) AND c.outcome = 'APPLIED' "
                + "AND c.action IN ('ADD', 'REMOVE') GROUP BY c.group_id, c.action";
        return jdbc.query(
                sql,
                ps -> {
                    ps.setString(1, trigger);
                    ps.setDouble(2, window.toMillis() / 1000.0);
                },
                rs -> {
                    List<Count> counts = new ArrayList<>();
                    while (rs.next()) {
                        counts.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    }
                    return counts;
                },
                "the changes applied by recent " + trigger + " runs");
    }
}
