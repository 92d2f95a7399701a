package io.cakesync.audit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** How far a run in progress has got, from what it has written to the audit so far. */
@ApplicationScoped
public class RunProgress {
    private final Jdbc jdbc;

    RunProgress(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * {@code hrRows} is null until HR was read, {@code refreshMode} until Cakewalk was; {@code planned}
     * counts the changes of the recorded plan, {@code waiting} those not sent yet.
     */
    public record Progress(Integer hrRows, String refreshMode, int planned, int waiting) {}

    public Progress of(long runId) {
        String sql =
                "SELECT r.source_rows, r.refresh_mode, count(c.id), count(c.id) FILTER (WHERE c.outcome = 'PLANNED') "
                        + "FROM sync_run r LEFT JOIN sync_change c ON c.run_id = r.id WHERE r.id = ? GROUP BY r.id";
        return jdbc.query(
                sql,
                ps -> ps.setLong(1, runId),
                rs -> rs.next()
                        ? new Progress((Integer) rs.getObject(1), rs.getString(2), rs.getInt(3), rs.getInt(4))
                        : new Progress(null, null, 0, 0),
                "the progress of run " + runId);
    }
}
