package io.cakesync.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Forgets what earlier tests' runs saw (snapshots, user cache, HR snapshot), because a test that
 * resets the sandbox tenant has changed Cakewalk behind the daemon's back. Audit rows stay.
 */
public final class Caches {
    private Caches() {}

    public static void forget(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM group_snapshot");
            s.execute("DELETE FROM cakewalk_user");
            s.execute("DELETE FROM hr_employee");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How run {@code runId} read Cakewalk: FULL, INCREMENTAL, or null. */
    public static String refreshMode(DataSource dataSource, long runId) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT refresh_mode FROM sync_run WHERE id = " + runId)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
