package io.cakesync.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;

/** What the runs did lately, for the overview at the top of the run list. */
@ApplicationScoped
public class RunActivity {
    private final Jdbc jdbc;

    RunActivity(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** One run with what it cost and the memberships it changed in Cakewalk. */
    public record Run(
            long id,
            RunStatus status,
            boolean dryRun,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            Integer apiCalls,
            int added,
            int removed) {}

    public record Mark(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt) {}

    /** People a run could not add because Cakewalk has no user for them yet. */
    public record Deferred(long runId, int people) {}

    /** A dry run's plan in counts: what a live run would do now. */
    public record DryRun(
            long id, OffsetDateTime finishedAt, Map<Outcome, Integer> adds, Map<Outcome, Integer> removes) {}

    /** Runs started at or after {@code since}, oldest first. */
    public List<Run> since(OffsetDateTime since) {
        String sql = "SELECT r.id, r.status, r.mode, r.started_at, r.finished_at, r.api_calls, "
                + "count(c.id) FILTER (WHERE c.action = 'ADD' AND c.outcome = 'APPLIED'), "
                + "count(c.id) FILTER (WHERE c.action = 'REMOVE' AND c.outcome = 'APPLIED') "
                + "FROM sync_run r LEFT JOIN sync_change c ON c.run_id = r.id WHERE r.started_at >= ? "
                + "GROUP BY r.id ORDER BY r.id";
        return jdbc.query(
                sql,
                ps -> ps.setObject(1, since),
                rs -> {
                    List<Run> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(new Run(
                                rs.getLong(1),
                                RunStatus.valueOf(rs.getString(2)),
                                "DRY_RUN".equals(rs.getString(3)),
                                rs.getObject(4, OffsetDateTime.class),
                                rs.getObject(5, OffsetDateTime.class),
                                (Integer) rs.getObject(6),
                                rs.getInt(7),
                                rs.getInt(8)));
                    }
                    return runs;
                },
                "the recent runs");
    }

    public Optional<Mark> lastSuccessfulLiveRun() {
        return jdbc.query(
                "SELECT id, started_at, finished_at FROM sync_run WHERE status = 'SUCCEEDED' "
                        + "AND mode = 'LIVE' ORDER BY id DESC LIMIT 1",
                ps -> {},
                rs -> rs.next()
                        ? Optional.of(new Mark(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class),
                                rs.getObject(3, OffsetDateTime.class)))
                        : Optional.empty(),
                "the last successful run");
    }

    /** From the latest run that got as far as a plan. */
    public Optional<Deferred> deferred() {
        String sql = "SELECT r.id, (SELECT count(DISTINCT coalesce(c.employee_id, c.email)) FROM sync_change c "
                + "WHERE c.run_id = r.id AND c.outcome = 'DEFERRED') FROM sync_run r "
                + "WHERE r.status IN ('SUCCEEDED', 'PARTIAL', 'HELD') ORDER BY r.id DESC LIMIT 1";
        return jdbc.query(
                sql,
                ps -> {},
                rs -> rs.next() ? Optional.of(new Deferred(rs.getLong(1), rs.getInt(2))) : Optional.empty(),
                "the deferred people");
    }

    /** The latest dry run that completed, with its planned changes counted by action and outcome. */
    public Optional<DryRun> lastDryRun() {
        Optional<Mark> run = jdbc.query(
                "SELECT id, started_at, finished_at FROM sync_run WHERE mode = 'DRY_RUN' "
                        + "AND status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1",
                ps -> {},
                rs -> rs.next()
                        ? Optional.of(new Mark(
                                rs.getLong(1),
                                rs.getObject(2, OffsetDateTime.class),
                                rs.getObject(3, OffsetDateTime.class)))
                        : Optional.empty(),
                "the last dry run");
        return run.map(r -> jdbc.query(
                "SELECT action, CASE WHEN reason LIKE '%; would hold: %' THEN 'HELD' ELSE outcome END, "
                        // A dry run holds nothing; the changes the guard would have held say so in their reason.
                        + "count(*) FROM sync_change WHERE run_id = ? GROUP BY 1, 2",
                ps -> ps.setLong(1, r.id()),
                rs -> {
                    Map<Outcome, Integer> adds = new EnumMap<>(Outcome.class);
                    Map<Outcome, Integer> removes = new EnumMap<>(Outcome.class);
                    while (rs.next()) {
                        Map<Outcome, Integer> into = "REMOVE".equals(rs.getString(1))
                                ? removes
                                : "ADD".equals(rs.getString(1)) ? adds : null;
                        if (into != null) {
                            into.put(Outcome.valueOf(rs.getString(2)), rs.getInt(3));
                        }
                    }
                    return new DryRun(r.id(), r.finishedAt(), adds, removes);
                },
                "the plan of dry run " + r.id()));
    }
}
