package io.cakesync.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An HR database of its own ({@link HrDatabase}) with the application reading it as
 * {@code sync.source.kind} sql, logged in as the role that may only SELECT; init args are further
 * configuration for the application (a query, a status vocabulary).
 */
public class SqlSourceResource implements QuarkusTestResourceLifecycleManager {
    private static HrDatabase database;
    private final Map<String, String> settings = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        settings.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(settings);
        config.put("sync.source.kind", "sql");
        config.put("sync.source.sql.url", database().url());
        config.put("sync.source.sql.user", HrDatabase.READER);
        config.put("sync.source.sql.password", HrDatabase.READER_PASSWORD);
        return config;
    }

    @Override
    public void stop() {
        // The database lives as long as the embedded server of the test JVM.
    }

    public static synchronized HrDatabase database() {
        if (database == null) {
            database = HrDatabase.create();
        }
        return database;
    }
}
