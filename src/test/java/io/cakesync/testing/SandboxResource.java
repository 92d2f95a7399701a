package io.cakesync.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.sandbox.SandboxOptions;
import io.cakesync.sandbox.SandboxServer;

/**
 * The sandbox Cakewalk tenant on real HTTP, plus an HR export and a mapping file that tests rewrite,
 * with the application pointed at all three.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {
    public static final String API_KEY = "test-key";
    public static final String API_SECRET = "test-secret";
    public static final String SYNC_BOT = "00000000-0000-4000-8000-000000000001";

    private static final String URL = "cakesync.test.sandbox-url";
    private static final String HR_FILE = "cakesync.test.hr-file";
    private static final String MAPPING_FILE = "cakesync.test.mapping-file";

    static final LazySandbox SANDBOX = new LazySandbox(
            "cakesync-test", () -> SandboxOptions.defaults(API_KEY, API_SECRET), SandboxResource::publish);

    /** Set by {@code @QuarkusMainTest}s, whose tests seed the sandbox before the application starts. */
    public static final String SEEDED_BEFORE_START = "seeded-before-start";

    private boolean seededBeforeStart;
    private final Map<String, String> settings = new HashMap<>();

    /** Init args other than {@link #SEEDED_BEFORE_START} are configuration for the application. */
    @Override
    public void init(Map<String, String> initArgs) {
        seededBeforeStart = Boolean.parseBoolean(initArgs.get(SEEDED_BEFORE_START));
        initArgs.forEach((key, value) -> {
            if (!key.equals(SEEDED_BEFORE_START)) {
                settings.put(key, value);
            }
        });
    }

    /**
     * Points the application at the sandbox of the test's class loader. A {@code @QuarkusMainTest}
     * starts the application in a class loader of its own, where this class's static fields are
     * fresh: there, the URL and files of the sandbox the test seeded arrive in system properties.
     */
    @Override
    public Map<String, String> start() {
        if (!seededBeforeStart || System.getProperty(URL) == null) {
            publish(SANDBOX);
        }
        Map<String, String> config = new HashMap<>(settings);
        config.put("cakewalk.url", System.getProperty(URL));
        config.put("cakewalk.api-key", API_KEY);
        config.put("cakewalk.api-secret", API_SECRET);
        config.put("cakewalk.triggered-by-user-id", SYNC_BOT);
        config.put("sync.source.path", System.getProperty(HR_FILE));
        config.put("sync.mapping-file", System.getProperty(MAPPING_FILE));
        return config;
    }

    private static void publish(LazySandbox sandbox) {
        System.setProperty(URL, sandbox.server().url());
        System.setProperty(HR_FILE, sandbox.hrFile().toString());
        System.setProperty(MAPPING_FILE, sandbox.mappingFile().toString());
    }

    @Override
    public void stop() {
        // One server serves every application start of the test JVM: a @QuarkusMainTest starts the
        // application (and its resources) per launch, after the test has seeded the tenant.
    }

    /** The sandbox of this test JVM, started on first use with an empty tenant and placeholder files. */
    public static SandboxServer server() {
        return SANDBOX.server();
    }

    public static Path hrFile() {
        return SANDBOX.hrFile();
    }

    public static Path mappingFile() {
        return SANDBOX.mappingFile();
    }
}
