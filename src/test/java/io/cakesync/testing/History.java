package io.cakesync.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Forgets every finished run and what the daemon remembered, so that each test starts from a tenant
 * cakesync has never synced. It goes through the retention purge, the one path the database allows
 * to delete audit rows.
 */
public final class History {

    private History() {}

    public static void forget(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL cakesync.retention_purge = 'on'");
            s.execute("DELETE FROM plan_decision");
            s.execute("DELETE FROM source_headcount");
            s.execute("DELETE FROM source_rejection");
            s.execute("DELETE FROM sync_change");
            s.execute("DELETE FROM owned_membership");
            s.execute("DELETE FROM group_member");
            s.execute("DELETE FROM group_snapshot");
            s.execute("DELETE FROM hr_employee");
            s.execute("DELETE FROM cakewalk_user");
            s.execute("DELETE FROM sync_run");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database", e);
        }
    }
}
