package io.cakesync.source.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import io.cakesync.source.SourceConfig;
import io.cakesync.testing.HrDatabase;

/** Builds SQL connectors from {@code sync.source.sql.*} properties, counting the connections they open. */
class SqlSources {
    static final String EMPLOYEES = """
            CREATE TABLE employees (employee_id TEXT, email TEXT, first_name TEXT, last_name TEXT, status TEXT,
                department TEXT, office TEXT, start_date DATE)""";
    static final String QUERY = "SELECT employee_id, email, first_name, last_name, status, department, office,"
            + " start_date FROM employees ORDER BY employee_id";

    final AtomicInteger opens = new AtomicInteger();
    private final HrDatabase database;

    SqlSources(HrDatabase database) {
        this.database = database;
    }

    static SourceConfig.Sql config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SourceConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SourceConfig.class).sql();
    }

    /** As {@link HrDatabase#READER} unless the properties name another user. */
    SqlConnector connector(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "sync.source.sql.url",
                database.url(),
                "sync.source.sql.user",
                HrDatabase.READER,
                "sync.source.sql.password",
                HrDatabase.READER_PASSWORD,
                "sync.source.sql.query",
                QUERY));
        properties.putAll(overrides);
        SourceConfig.Sql config = config(properties);
        Database.Opener real = () -> DriverManager.getConnection(
                config.url().orElseThrow(),
                config.user().orElseThrow(),
                config.password().orElse(""));
        return new SqlConnector(
                config,
                new Database(
                        () -> {
                            opens.incrementAndGet();
                            return wrap(real.open());
                        },
                        config.url().orElseThrow(),
                        config.user().orElseThrow(),
                        config.statementTimeout(),
                        config.fetchSize()));
    }

    SqlConnector connector() {
        return connector(Map.of());
    }

    /** A hook for tests that record what was asked of the connection; the plain connection by default. */
    Connection wrap(Connection connection) {
        return connection;
    }
}
