package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads the audit trail for the admin API, the UI and the CLI. */
@ApplicationScoped
public class RunQueries {
    private static final String RUN_COLUMNS = "r.id, r.status, r.trigger, r.mode, r.node, r.started_at, r.finished_at, "
            + "r.source_origin, r.source_rows, r.source_rejected, r.api_calls, r.summary, r.error, "
            + "r.safety, r.plan_digest, r.approves_run, d.decision, d.decided_by, d.comment, d.decided_at, "
            + "(SELECT string_agg(c.outcome || '=' || c.n, ',') FROM "
            + "(SELECT outcome, count(*) n FROM sync_change WHERE run_id = r.id GROUP BY outcome) c) AS outcomes, "
            + "r.held_by_run, r.plan_expires_at";

    /** A run held by another run's plan shares that plan's decision. */
    private static final String FROM =
            " FROM sync_run r LEFT JOIN plan_decision d " + "ON d.run_id = COALESCE(r.held_by_run, r.id)";

    private final DataSource dataSource;

    RunQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first. */
    public List<RunView> runs(int limit, int offset) {
        return runs(RunFilter.ALL, limit, offset);
    }

    /** Newest first. */
    public List<RunView> runs(RunFilter filter, int limit, int offset) {
        String sql = "SELECT " + RUN_COLUMNS + FROM + filter.sql() + " ORDER BY r.id DESC LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : filter.params()) {
                ps.setObject(i++, p);
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
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

    public long count(RunFilter filter) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sync_run r" + filter.sql())) {
            int i = 1;
            for (Object p : filter.params()) {
                ps.setObject(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditException("cannot count runs", e);
        }
    }

    /** An undecided plan that can still be approved: held by a live run, not one it merely points at. */
    private static final String OUTSTANDING = " WHERE r.status = 'HELD' AND r.mode = 'LIVE' AND r.held_by_run IS NULL "
            + "AND d.run_id IS NULL AND (r.plan_expires_at IS NULL OR r.plan_expires_at > now())";

    /** The held plans that wait for a decision and have not expired, one per plan, newest first. */
    public List<RunView> awaitingDecision() {
        String sql = "SELECT " + RUN_COLUMNS + FROM + OUTSTANDING + " ORDER BY r.id DESC LIMIT 10";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<RunView> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(run(rs));
            }
            return runs;
        } catch (SQLException e) {
            throw new AuditException("cannot list held plans", e);
        }
    }

    /** The digest of every plan awaiting a decision, with the run that holds it (the newest for a digest). */
    public Map<String, Long> outstandingPlans() {
        String sql = "SELECT r.plan_digest, r.id" + FROM + OUTSTANDING + " AND r.plan_digest IS NOT NULL ORDER BY r.id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            Map<String, Long> plans = new HashMap<>();
            while (rs.next()) {
                plans.put(rs.getString(1), rs.getLong(2));
            }
            return plans;
        } catch (SQLException e) {
            throw new AuditException("cannot list the plans awaiting a decision", e);
        }
    }

    public Optional<RunDetail> run(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + FROM + " WHERE r.id = ?")) {
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

    /** Active headcounts of the last live run that applied its whole plan: the integrity gate's baseline. */
    public record Baseline(int active, Map<String, Integer> byDepartment) {}

    public Optional<Baseline> lastBaseline() {
        String sql = "SELECT r.id, r.source_active FROM sync_run r WHERE r.mode = 'LIVE' AND r.status = 'SUCCEEDED' "
                + "AND r.source_active IS NOT NULL ORDER BY r.id DESC LIMIT 1";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long runId = rs.getLong(1);
            int active = rs.getInt(2);
            Map<String, Integer> byDepartment = new java.util.LinkedHashMap<>();
            try (PreparedStatement d = c.prepareStatement(
                    "SELECT department, active FROM source_headcount WHERE run_id = ? ORDER BY department")) {
                d.setLong(1, runId);
                try (ResultSet ds = d.executeQuery()) {
                    while (ds.next()) {
                        byDepartment.put(ds.getString(1), ds.getInt(2));
                    }
                }
            }
            return Optional.of(new Baseline(active, byDepartment));
        } catch (SQLException e) {
            throw new AuditException("cannot read the last successful run's headcount", e);
        }
    }

    private static List<ChangeView> changes(Connection c, long runId) throws SQLException {
        String sql = "SELECT " + ChangeSearch.COLUMNS + " FROM sync_change c WHERE c.run_id = ? "
                + "ORDER BY c.group_name, c.action, c.email, c.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            List<ChangeView> changes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(ChangeSearch.change(rs));
                }
            }
            return changes;
        }
    }

    private static List<RejectionView> rejections(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT locator, employee_id, email, reason FROM source_rejection WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            List<RejectionView> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RejectionView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        }
    }

    private static RunView run(ResultSet rs) throws SQLException {
        Long heldBy = (Long) rs.getObject(22);
        Decisions.Decision decision = rs.getString(17) == null
                ? null
                : new Decisions.Decision(
                        heldBy == null ? rs.getLong(1) : heldBy,
                        rs.getString(17),
                        rs.getString(18),
                        rs.getString(19),
                        rs.getObject(20, OffsetDateTime.class));
        return new RunView(
                rs.getLong(1),
                RunStatus.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class),
                rs.getString(8),
                (Integer) rs.getObject(9),
                (Integer) rs.getObject(10),
                (Integer) rs.getObject(11),
                rs.getString(12),
                rs.getString(13),
                outcomes(rs.getString(21)),
                rs.getString(14),
                rs.getString(15),
                (Long) rs.getObject(16),
                decision,
                heldBy,
                rs.getObject(23, OffsetDateTime.class));
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
