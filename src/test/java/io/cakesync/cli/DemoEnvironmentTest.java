package io.cakesync.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's real parts, reached only through what the demo prints for a second terminal. */
class DemoEnvironmentTest {
    static final Pattern EXPORT = Pattern.compile("export ([A-Z0-9_]+)='(.*)'");

    @Test
    void printedSettingsReachTheDemosDatabaseSandboxTenantAndFiles() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start()) {
            Map<String, String> env = parse(DemoEnvironment.exports(
                    key -> Optional.ofNullable(demo.config().get(key)).filter(v -> !v.isEmpty()), 8089));

            assertThat(env)
                    .containsKeys(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "CAKEWALK_URL",
                            "CAKEWALK_API_KEY",
                            "CAKEWALK_API_SECRET",
                            "CAKEWALK_TRIGGERED_BY_USER_ID",
                            "SYNC_SOURCE_PATH",
                            "SYNC_MAPPING_FILE")
                    .containsEntry("WEB_PUBLIC_URL", "http://localhost:8089");
            try (Connection c = DriverManager.getConnection(
                            env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                            env.get("QUARKUS_DATASOURCE_USERNAME"),
                            env.get("QUARKUS_DATASOURCE_PASSWORD"));
                    ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
            HttpResponse<String> users = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(env.get("CAKEWALK_URL") + "/api/v1/Users"))
                                    .header("X-API-KEY", env.get("CAKEWALK_API_KEY"))
                                    .header("X-API-SECRET", env.get("CAKEWALK_API_SECRET"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains(env.get("CAKEWALK_TRIGGERED_BY_USER_ID"));
            assertThat(Path.of(env.get("SYNC_SOURCE_PATH"))).isAbsolute().isRegularFile();
            assertThat(Path.of(env.get("SYNC_MAPPING_FILE"))).isAbsolute().isRegularFile();
        }
    }

    @Test
    void quotesValuesForTheShell() {
        assertThat(DemoEnvironment.exports(key -> Optional.of("it's"), 8080))
                .contains("export SYNC_SOURCE_PATH='it'\\''s'");
    }

    @Test
    void signsInAnOperatorAndAViewerWithTheirPrintedPasswords() {
        try (DemoEnvironment demo = DemoEnvironment.start()) {
            Map<String, String[]> users = new HashMap<>();
            Arrays.stream(demo.config().get("auth.users").split(","))
                    .map(entry -> entry.split(":", 3))
                    .forEach(parts -> users.put(parts[0], parts));

            assertThat(users.get(DemoEnvironment.ADMIN)[1]).isEqualTo("operator");
            assertThat(BcryptUtil.matches(DemoEnvironment.ADMIN_PASSWORD, users.get(DemoEnvironment.ADMIN)[2]))
                    .isTrue();
            assertThat(users.get(DemoEnvironment.VIEWER)[1]).isEqualTo("viewer");
            assertThat(BcryptUtil.matches(DemoEnvironment.VIEWER_PASSWORD, users.get(DemoEnvironment.VIEWER)[2]))
                    .isTrue();
            assertThat(DemoEnvironment.VIEWER_PASSWORD).isNotEqualTo(DemoEnvironment.ADMIN_PASSWORD);
        }
    }

    private static Map<String, String> parse(String exports) {
        Map<String, String> env = new HashMap<>();
        exports.lines().forEach(line -> {
            Matcher m = EXPORT.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            env.put(m.group(1), m.group(2).replace("'\\''", "'"));
        });
        return env;
    }
}
