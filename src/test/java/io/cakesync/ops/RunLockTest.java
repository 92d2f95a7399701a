package io.cakesync.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.web.Users;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database never sync at once. The other instance is a second database session
 * holding the run lock, exactly what another replica's run looks like to this one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class RunLockTest {
    /** The advisory lock key of reconcile.RunLock ("cakesync" in ASCII). */
    static final long RUN_LOCK = 0x63616B6573796E63L;

    static final SmallTenant SMALL = new SmallTenant(7);
    static final String TEAM = SMALL.group(1);
    static final String AMY = SMALL.person(1);

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void tenant() {
        SMALL.seed("Team");
    }

    @Test
    void aRunIsSkippedWhileAnotherInstanceHoldsTheLockAndRunsOnceItIsReleased() throws SQLException {
        int runsBefore = queries.runs(1000, 0).size();
        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "SELECT pg_advisory_lock(?)");

            assertThat(runner.runNow(Trigger.SCHEDULE, false)).isEmpty();
            Users.operator()
                    .contentType("application/json")
                    .body("{\"dryRun\": false}")
                    .post("/api/runs")
                    .then()
                    .statusCode(409);
            assertThat(queries.runs(1000, 0)).hasSize(runsBefore);
            assertThat(SandboxResource.server().requests()).isEmpty();

            lock(otherInstance, "SELECT pg_advisory_unlock(?)");
        }

        assertThat(runner.runNow(Trigger.SCHEDULE, false).orElseThrow().status())
                .isEqualTo(RunStatus.SUCCEEDED);
        assertThat(SandboxResource.server().tenant().members(TEAM)).containsExactly(AMY);
    }

    private static void lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, RUN_LOCK);
            ps.execute();
        }
    }
}
