package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes whole finished runs older than the retention period: the only code allowed to delete
 * audit rows (the database refuses any delete outside a transaction that says it is this purge).
 * A held run stays as long as a kept run applied its plan or was held by it, so an approval always shows
 * what it approved.
 */
@ApplicationScoped
public class RetentionPurge {
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);
    private static final String PURGED = " WHERE run_id IN (SELECT id FROM purged_run)";

    private final DataSource dataSource;
    private final RetentionConfig config;

    RetentionPurge(DataSource dataSource, RetentionConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public record Purged(OffsetDateTime cutoff, int runs, int changes) {}

    /** Purges what is older than {@code retention.days}. */
    public Purged purgeExpired(String node) {
        return purge(OffsetDateTime.now().minusDays(config.days()), node);
    }

    /** Deletes the runs that finished before {@code cutoff}, in one transaction, and records that it did. */
    public Purged purge(OffsetDateTime cutoff, String node) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("SET LOCAL cakesync.retention_purge = 'on'");
                try (PreparedStatement ps = c.prepareStatement("CREATE TEMP TABLE purged_run ON COMMIT DROP AS "
                        + "SELECT id FROM sync_run WHERE status <> 'RUNNING' AND finished_at < ?")) {
                    ps.setObject(1, cutoff);
                    ps.execute();
                }
                while (s.executeUpdate(
                                "DELETE FROM purged_run p WHERE EXISTS (SELECT 1 FROM sync_run a WHERE "
                                        + "(a.approves_run = p.id OR a.held_by_run = p.id) AND a.id NOT IN (SELECT id FROM purged_run))")
                        > 0) {
                    // A kept run approved or pointed at this held plan, so it stays too; that may keep another.
                }
                s.executeUpdate("DELETE FROM plan_decision" + PURGED);
                s.executeUpdate("DELETE FROM source_headcount" + PURGED);
                s.executeUpdate("DELETE FROM source_rejection" + PURGED);
                int changes = s.executeUpdate("DELETE FROM sync_change" + PURGED);
                int runs = s.executeUpdate("DELETE FROM sync_run WHERE id IN (SELECT id FROM purged_run)");
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO retention_purge (cutoff, runs, changes, node) VALUES (?, ?, ?, ?)")) {
                    ps.setObject(1, cutoff);
                    ps.setInt(2, runs);
                    ps.setInt(3, changes);
                    ps.setString(4, node);
                    ps.executeUpdate();
                }
                c.commit();
                LOG.infof(
                        "retention purge: deleted %d run(s) and %d change(s) finished before %s",
                        runs, changes, cutoff);
                return new Purged(cutoff, runs, changes);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("the retention purge failed", e);
        }
    }
}
