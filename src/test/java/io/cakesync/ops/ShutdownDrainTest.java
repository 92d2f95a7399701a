package io.cakesync.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.PostgresResource;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas may share SYNC_NODE_NAME (one value in a Deployment's environment); shutting one down must
 * not wait for a run another replica is making under the same name. The profile gives this test an
 * application of its own, since it ends shutting down.
 */
@QuarkusTest
@TestProfile(ShutdownDrainTest.SharedNodeName.class)
@QuarkusTestResource(PostgresResource.class)
class ShutdownDrainTest {

    public static class SharedNodeName implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sync.node-name", "cakesync", "ops.shutdown-drain-timeout", "10m");
        }
    }

    @Inject
    ShutdownDrain drain;

    @Inject
    DataSource dataSource;

    @Test
    void doesNotWaitForARunOfAnotherReplicaWithTheSameNodeName() throws Exception {
        long otherReplicasRun = execute("INSERT INTO sync_run (status, trigger, mode, node, heartbeat_at) "
                + "VALUES ('RUNNING', 'SCHEDULE', 'LIVE', 'cakesync', now()) RETURNING id");
        try {
            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> drain.onShutdown(new ShutdownEvent()));

            shutdown.get(30, TimeUnit.SECONDS);
            assertThat(shutdown).isDone();
        } finally {
            execute("UPDATE sync_run SET status = 'FAILED', finished_at = now() WHERE id = " + otherReplicasRun
                    + " RETURNING id");
        }
    }

    private long execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
