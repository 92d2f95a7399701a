package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import io.cakesync.reconcile.vocabulary.MembershipOrigin;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ledger of memberships cakesync owns: those it added, and those an admin adopted. Groups in
 * managed-only mode lose only members found here.
 */
@ApplicationScoped
public class Ownership {
    private final DataSource dataSource;

    Ownership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** group id → (user id → origin). */
    public Map<String, Map<String, String>> owned() {
        String sql = "SELECT group_id, user_id, origin FROM owned_membership";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            Map<String, Map<String, String>> owned = new HashMap<>();
            while (rs.next()) {
                owned.computeIfAbsent(rs.getString(1), g -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
            return owned;
        } catch (SQLException e) {
            throw new AuditException("cannot read the ownership ledger", e);
        }
    }

    /** Records memberships; an existing entry keeps its origin. */
    public void record(long runId, String groupId, Collection<String> userIds, MembershipOrigin origin) {
        String sql = "INSERT INTO owned_membership (group_id, user_id, origin, run_id) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (group_id, user_id) DO NOTHING";
        batch(sql, groupId, userIds, ps -> {
            ps.setString(3, origin.name());
            ps.setLong(4, runId);
        });
    }

    /** Marks current members as adopted; it overrides ADDED, since the admin vouched for them. */
    public void adopt(String groupId, Collection<String> userIds) {
        batch(
                "INSERT INTO owned_membership (group_id, user_id, origin) VALUES (?, ?, 'ADOPTED') "
                        + "ON CONFLICT (group_id, user_id) DO UPDATE SET origin = 'ADOPTED', recorded_at = now()",
                groupId,
                userIds,
                ps -> {});
    }

    public void forget(String groupId, Collection<String> userIds) {
        batch("DELETE FROM owned_membership WHERE group_id = ? AND user_id = ?", groupId, userIds, ps -> {});
    }

    private interface Extra {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void batch(String sql, String groupId, Collection<String> userIds, Extra extra) {
        if (userIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (String userId : userIds) {
                ps.setString(1, groupId);
                ps.setString(2, userId);
                extra.bind(ps);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new AuditException("cannot update the ownership ledger of group " + groupId, e);
        }
    }
}
