package io.cakesync.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;

/** The plumbing the state stores share: a query with its rows, and a batched upsert in one transaction. */
final class Jdbc {
    private static final int BATCH = 1_000;

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    interface Params {
        void set(PreparedStatement ps) throws SQLException;
    }

    interface Rows<R> {
        R read(ResultSet rs) throws SQLException;
    }

    <R> R query(String sql, Params params, Rows<R> rows, String what) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            params.set(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new AuditException("cannot read " + what, e);
        }
    }

    <T> void upsert(String sql, Collection<T> rows, Binder<T> binder, String what) {
        upsert(sql, rows, binder, null, what);
    }

    /** {@code thenSql}, if given, runs in the same transaction after the rows are written. */
    <T> void upsert(String sql, Collection<T> rows, Binder<T> binder, String thenSql, String what) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if (++pending % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                if (thenSql != null) {
                    try (PreparedStatement then = c.prepareStatement(thenSql)) {
                        then.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException("cannot save " + what, e);
        }
    }
}
