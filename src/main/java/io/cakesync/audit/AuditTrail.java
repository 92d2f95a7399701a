package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the audit trail of a run: the run row, the rejected HR rows, the plan, and each change's
 * outcome. Rows are written in batches; the database freezes them once the run has finished.
 */
@ApplicationScoped
public class AuditTrail {
    private static final int BATCH = 1_000;

    private final DataSource dataSource;

    AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long openRun(String trigger, boolean dryRun, String node) {
        String sql =
                "INSERT INTO sync_run (status, trigger, mode, node, heartbeat_at) VALUES ('RUNNING', ?, ?, ?, now())";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, trigger);
            ps.setString(2, dryRun ? "DRY_RUN" : "LIVE");
            ps.setString(3, node);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditException("cannot open a run", e);
        }
    }

    /**
     * Marks runs left RUNNING by a process that died as ABANDONED: those whose heartbeat is older than
     * {@code staleAfter}. Only call while holding the run lock, so that their lock is known to be free;
     * a run that lost its lock but lives keeps beating and is left alone.
     */
    public int abandonUnfinishedRuns(Duration staleAfter) {
        String sql = "UPDATE sync_run SET status = 'ABANDONED', finished_at = now(), "
                + "error = 'the process running it stopped before it finished' WHERE status = 'RUNNING' "
                + "AND coalesce(heartbeat_at, started_at) < now() - ? * interval '1 millisecond'";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, staleAfter.toMillis());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot mark abandoned runs", e);
        }
    }

    /** The events a targeted run was made for. */
    public void recordEvents(long runId, List<String> eventIds) {
        String sql = "INSERT INTO sync_run_event (run_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (String id : eventIds) {
                ps.setLong(1, runId);
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new AuditException("cannot record the events of run " + runId, e);
        }
    }

    /** Ids of the runs still RUNNING. */
    public List<Long> unfinishedRuns() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM sync_run WHERE status = 'RUNNING' ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new AuditException("cannot read unfinished runs", e);
        }
    }

    /** The proof that the run's process is alive, written while it runs. */
    public void heartbeat(long runId) {
        String sql = "UPDATE sync_run SET heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot write the heartbeat of run " + runId, e);
        }
    }

    public void recordSource(long runId, String origin, int rows, List<RejectionView> rejected) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement(
                            "UPDATE sync_run SET source_origin = ?, source_rows = ?, source_rejected = ? WHERE id = ?");
                    PreparedStatement rej = c.prepareStatement(
                            "INSERT INTO source_rejection (run_id, locator, employee_id, email, reason) VALUES (?, ?, ?, ?, ?)")) {
                run.setString(1, origin);
                run.setInt(2, rows);
                run.setInt(3, rejected.size());
                run.setLong(4, runId);
                run.executeUpdate();
                for (RejectionView r : rejected) {
                    rej.setLong(1, runId);
                    rej.setString(2, r.locator());
                    rej.setString(3, r.employeeId());
                    rej.setString(4, r.email());
                    rej.setString(5, r.reason());
                    rej.addBatch();
                }
                rej.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("cannot record the HR read of run " + runId, e);
        }
    }

    /**
     * Records what the safety guard judged the plan on, before anything is sent. {@code digest}
     * identifies the held changes, so that an approval can tell whether it still sees the same plan.
     */
    public void recordVerdict(long runId, List<String> figures, String digest, Long approvesRun) {
        String sql = "UPDATE sync_run SET safety = ?, plan_digest = ?, approves_run = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, String.join("\n", figures));
            ps.setString(2, digest);
            ps.setObject(3, approvesRun, Types.BIGINT);
            ps.setLong(4, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot record the safety verdict of run " + runId, e);
        }
    }

    /**
     * A live run holds changes: either they equal the outstanding plan of run {@code heldBy}, which
     * decides for this run too, or this run's plan is new and can be approved until {@code expiresAt}.
     */
    public void recordHold(long runId, Long heldBy, Instant expiresAt) {
        String sql = "UPDATE sync_run SET held_by_run = ?, plan_expires_at = ? WHERE id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, heldBy, Types.BIGINT);
            ps.setObject(
                    2, expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setLong(3, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new AuditException("cannot record the held plan of run " + runId, e);
        }
    }

    /** Active employees per mapped department, the baseline the next runs compare their HR read with. */
    public void recordHeadcount(long runId, int active, Map<String, Integer> byDepartment) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement run = c.prepareStatement("UPDATE sync_run SET source_active = ? WHERE id = ?");
                PreparedStatement dept = c.prepareStatement(
                        "INSERT INTO source_headcount (run_id, department, active) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            run.setInt(1, active);
            run.setLong(2, runId);
            run.executeUpdate();
            for (Map.Entry<String, Integer> d : byDepartment.entrySet()) {
                dept.setLong(1, runId);
                dept.setString(2, d.getKey());
                dept.setInt(3, d.getValue());
                dept.addBatch();
            }
            dept.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new AuditException("cannot record the headcount of run " + runId, e);
        }
    }

    /** Writes the plan in one transaction, before anything is sent. */
    public void recordPlan(long runId, List<NewChange> changes) {
        String sql = "INSERT INTO sync_change (run_id, group_id, group_name, action, user_id, email, employee_id, "
                + "reason, outcome, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "CASE WHEN ? THEN NULL ELSE now() END)";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int from = 0; from < changes.size(); from += BATCH) {
                    for (NewChange ch : changes.subList(from, Math.min(changes.size(), from + BATCH))) {
                        ps.setLong(1, runId);
                        ps.setString(2, ch.groupId());
                        ps.setString(3, ch.groupName());
                        ps.setString(4, ch.action());
                        ps.setString(5, ch.userId());
                        ps.setString(6, ch.email());
                        ps.setString(7, ch.employeeId());
                        ps.setString(8, ch.reason());
                        ps.setString(9, ch.outcome().name());
                        ps.setBoolean(10, ch.outcome() == Outcome.PLANNED);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("cannot record the plan of run " + runId, e);
        }
    }

    /**
     * Settles planned changes. A change is found by what it is (run, group, action, user): a run
     * plans at most one action per user and group, so no row ids need to travel with the plan.
     */
    public void recordOutcomes(long runId, List<ChangeOutcome> outcomes) {
        String sql = "UPDATE sync_change SET outcome = ?, http_status = ?, attempts = ?, error = ?, decided_at = now() "
                + "WHERE run_id = ? AND group_id = ? AND action = ? AND user_id = ? AND outcome = 'PLANNED'";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int from = 0; from < outcomes.size(); from += BATCH) {
                for (ChangeOutcome o : outcomes.subList(from, Math.min(outcomes.size(), from + BATCH))) {
                    ps.setString(1, o.outcome().name());
                    if (o.httpStatus() == null) {
                        ps.setNull(2, Types.INTEGER);
                    } else {
                        ps.setInt(2, o.httpStatus());
                    }
                    ps.setInt(3, o.attempts());
                    ps.setString(4, o.error());
                    ps.setLong(5, runId);
                    ps.setString(6, o.groupId());
                    ps.setString(7, o.action());
                    ps.setString(8, o.userId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new AuditException("cannot record change outcomes of run " + runId, e);
        }
    }

    /**
     * Records a preview in one transaction: opened, filled and finished at once, so no run can find it
     * in progress (and take it for abandoned) and nothing of it is ever half-written.
     */
    public long recordPreview(PreviewRun preview) {
        String open = "INSERT INTO sync_run (status, trigger, mode, node, source_origin, source_rows, source_rejected, "
                + "safety) VALUES ('RUNNING', ?, 'PREVIEW', ?, ?, ?, ?, ?)";
        String change = "INSERT INTO sync_change (run_id, group_id, group_name, action, user_id, email, employee_id, "
                + "reason, outcome, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement(open, Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement rej = c.prepareStatement(
                            "INSERT INTO source_rejection (run_id, locator, employee_id, email, reason) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement ch = c.prepareStatement(change);
                    PreparedStatement close = c.prepareStatement("UPDATE sync_run SET status = 'SUCCEEDED', "
                            + "finished_at = now(), api_calls = ?, summary = ? WHERE id = ?")) {
                run.setString(1, preview.trigger());
                run.setString(2, preview.node());
                run.setString(3, preview.origin());
                run.setInt(4, preview.rows());
                run.setInt(5, preview.rejected().size());
                run.setString(6, String.join("\n", preview.figures()));
                run.executeUpdate();
                long runId;
                try (ResultSet keys = run.getGeneratedKeys()) {
                    keys.next();
                    runId = keys.getLong(1);
                }
                for (RejectionView r : preview.rejected()) {
                    rej.setLong(1, runId);
                    rej.setString(2, r.locator());
                    rej.setString(3, r.employeeId());
                    rej.setString(4, r.email());
                    rej.setString(5, r.reason());
                    rej.addBatch();
                }
                rej.executeBatch();
                for (NewChange x : preview.changes()) {
                    ch.setLong(1, runId);
                    ch.setString(2, x.groupId());
                    ch.setString(3, x.groupName());
                    ch.setString(4, x.action());
                    ch.setString(5, x.userId());
                    ch.setString(6, x.email());
                    ch.setString(7, x.employeeId());
                    ch.setString(8, x.reason());
                    ch.setString(9, x.outcome().name());
                    ch.addBatch();
                }
                ch.executeBatch();
                close.setInt(1, preview.apiCalls());
                close.setString(2, preview.summary());
                close.setLong(3, runId);
                close.executeUpdate();
                c.commit();
                return runId;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("cannot record the preview", e);
        }
    }

    /**
     * Closes the run; after this the database refuses any change to its audit rows. Changes still
     * PLANNED were never sent (the run stopped early) and are recorded as NOT_ATTEMPTED.
     */
    public void finishRun(long runId, RunStatus status, int apiCalls, String summary, String error) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement unsent = c.prepareStatement("UPDATE sync_change SET outcome = 'NOT_ATTEMPTED', "
                        + "decided_at = now() WHERE run_id = ? AND outcome = 'PLANNED'");
                PreparedStatement run = c.prepareStatement("UPDATE sync_run SET status = ?, finished_at = now(), "
                        + "api_calls = ?, summary = ?, error = ? WHERE id = ?")) {
            c.setAutoCommit(false);
            unsent.setLong(1, runId);
            unsent.executeUpdate();
            run.setString(1, status.name());
            run.setInt(2, apiCalls);
            run.setString(3, summary);
            run.setString(4, error);
            run.setLong(5, runId);
            run.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new AuditException("cannot finish run " + runId, e);
        }
    }
}
