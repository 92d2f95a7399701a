package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads the audit trail for the admin API, the UI and the CLI. */
@ApplicationScoped
public class RunQueries {
    private static final String RUN_COLUMNS = "r.id, r.status, r.trigger, r.mode, r.node, r.started_at, r.finished_at, "
            + "r.source_origin, r.source_rows, r.source_rejected, r.api_calls, r.summary, r.error, "
            + "(SELECT string_agg(c.outcome || '=' || c.n, ',') FROM "
            + "(SELECT outcome, count(*) n FROM sync_change WHERE run_id = r.id GROUP BY outcome) c) AS outcomes";

    private final DataSource dataSource;

    RunQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first. */
    public List<RunView> runs(int limit, int offset) {
        String sql = "SELECT " + RUN_COLUMNS + " FROM sync_run r ORDER BY r.id DESC LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            List<RunView> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(run(rs));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new AuditException("cannot list runs", e);
        }
    }

    public Optional<RunDetail> run(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM sync_run r WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RunDetail(run(rs), changes(c, id), rejections(c, id)));
            }
        } catch (SQLException e) {
            throw new AuditException("cannot read run " + id, e);
        }
    }

    private static List<ChangeView> changes(Connection c, long runId) throws SQLException {
        String sql = "SELECT id, run_id, group_id, group_name, action, user_id, email, employee_id, reason, outcome, "
                + "http_status, attempts, error, planned_at, decided_at FROM sync_change WHERE run_id = ? "
                + "ORDER BY group_name, action, email, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            List<ChangeView> changes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new ChangeView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Outcome.valueOf(rs.getString(10)), (Integer) rs.getObject(11), rs.getInt(12),
                            rs.getString(13), rs.getObject(14, OffsetDateTime.class),
                            rs.getObject(15, OffsetDateTime.class)));
                }
            }
            return changes;
        }
    }

    private static List<RejectionView> rejections(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT line, employee_id, email, reason FROM source_rejection WHERE run_id = ? ORDER BY line, id")) {
            ps.setLong(1, runId);
            List<RejectionView> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RejectionView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        }
    }

    private static RunView run(ResultSet rs) throws SQLException {
        return new RunView(rs.getLong(1), RunStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10), (Integer) rs.getObject(11),
                rs.getString(12), rs.getString(13), outcomes(rs.getString(14)));
    }

    private static Map<Outcome, Integer> outcomes(String aggregated) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        if (aggregated != null) {
            for (String pair : aggregated.split(",")) {
                String[] kv = pair.split("=");
                counts.put(Outcome.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        return counts;
    }
}
