package io.cakesync.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class BootTest {
    @Inject
    DataSource dataSource;

    @Test
    void migratesTheSchemaAtStart() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select to_regclass('sync_run') is not null, to_regclass('qrtz_triggers') is not null, "
                                        + "(select bool_and(success) from flyway_schema_history)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("audit tables").isTrue();
            assertThat(rs.getBoolean(2)).as("Quartz tables").isTrue();
            assertThat(rs.getBoolean(3)).as("every migration succeeded").isTrue();
        }
    }
}
