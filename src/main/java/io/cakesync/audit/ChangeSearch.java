package io.cakesync.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.cakesync.reconcile.vocabulary.Outcome;

import jakarta.enterprise.context.ApplicationScoped;

/** Finds audited changes across runs, newest first, as pages or as one streamed CSV export. */
@ApplicationScoped
public class ChangeSearch {
    static final String COLUMNS = "c.id, c.run_id, c.group_id, c.group_name, c.action, c.user_id, c.email, "
            + "c.employee_id, c.reason, c.outcome, c.http_status, c.attempts, c.error, c.planned_at, c.decided_at, "
            + "(SELECT r.mode FROM sync_run r WHERE r.id = c.run_id)";
    private static final String[] HEADER = {
        "change_id",
        "run_id",
        "group_id",
        "group_name",
        "action",
        "user_id",
        "email",
        "employee_id",
        "reason",
        "outcome",
        "http_status",
        "attempts",
        "error",
        "planned_at",
        "decided_at",
        "run_mode"
    };
    /** Rows the driver holds at a time while exporting, so a large export never sits in memory. */
    private static final int FETCH = 500;

    private final DataSource dataSource;

    ChangeSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ChangeView> find(ChangeFilter filter, int limit, int offset) {
        ChangeFilter.Where where = filter.where();
        String sql = "SELECT " + COLUMNS + " FROM sync_change c WHERE " + where.sql()
                + " ORDER BY c.id DESC LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, where.params());
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            List<ChangeView> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(change(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new AuditException("cannot search changes", e);
        }
    }

    public long count(ChangeFilter filter) {
        ChangeFilter.Where where = filter.where();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sync_change c WHERE " + where.sql())) {
            bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditException("cannot count changes", e);
        }
    }

    /** Every matching change as CSV; PostgreSQL streams rows only inside a transaction with a fetch size. */
    public void exportCsv(ChangeFilter filter, OutputStream out) {
        ChangeFilter.Where where = filter.where();
        String sql = "SELECT " + COLUMNS + " FROM sync_change c WHERE " + where.sql() + " ORDER BY c.id DESC";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH);
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    // Not closed: the stream belongs to the caller.
                    CSVPrinter csv = new CSVPrinter(
                            new OutputStreamWriter(out, StandardCharsets.UTF_8),
                            CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
                    while (rs.next()) {
                        ChangeView ch = change(rs);
                        csv.printRecord(
                                ch.id(),
                                ch.runId(),
                                cell(ch.groupId()),
                                cell(ch.groupName()),
                                ch.action(),
                                cell(ch.userId()),
                                cell(ch.email()),
                                cell(ch.employeeId()),
                                cell(ch.reason()),
                                ch.outcome(),
                                ch.httpStatus(),
                                ch.attempts(),
                                cell(ch.error()),
                                ch.plannedAt(),
                                ch.decidedAt(),
                                ch.runMode());
                    }
                    csv.flush();
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new AuditException("cannot export changes", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the export was interrupted", e);
        }
    }

    /** A spreadsheet would run a cell starting with =, +, - or @ as a formula; a leading quote stops it. */
    private static String cell(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    static ChangeView change(ResultSet rs) throws SQLException {
        return new ChangeView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                Outcome.valueOf(rs.getString(10)),
                (Integer) rs.getObject(11),
                rs.getInt(12),
                rs.getString(13),
                rs.getObject(14, OffsetDateTime.class),
                rs.getObject(15, OffsetDateTime.class),
                rs.getString(16));
    }
}
