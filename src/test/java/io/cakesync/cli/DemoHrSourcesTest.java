package io.cakesync.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoHrSourcesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void readsTheSourceInEitherOptionForm() {
        assertThat(DemoHrSources.source(new String[] {"demo"})).isEqualTo("csv");
        assertThat(DemoHrSources.source(new String[] {"demo", "--source", "HiBob"}))
                .isEqualTo("hibob");
        assertThat(DemoHrSources.source(new String[] {"demo", "--source=bamboohr"}))
                .isEqualTo("bamboohr");
    }

    @Test
    void pointsTheDemoAtAnHrTableItsReaderMaySelectButNotChange() throws Exception {
        try (DemoEnvironment demo = DemoEnvironment.start("demo", "--source", "sql")) {
            Map<String, String> config = demo.config();

            assertThat(config).containsEntry("sync.source.kind", "sql");
            try (Connection c = DriverManager.getConnection(
                            config.get("sync.source.sql.url"),
                            config.get("sync.source.sql.user"),
                            config.get("sync.source.sql.password"));
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery(config.get("sync.source.sql.query"))) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                    }
                    assertThat(rows).isEqualTo(27);
                }
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM hr.employees"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void pointsTheDemoAtASandboxPersonioTenantThatAcceptsItsCredentials() throws Exception {
        Map<String, String> config = DemoHrSources.start(new String[] {"demo", "--source", "personio"}, EXAMPLES, null);

        assertThat(config).containsEntry("sync.source.kind", "personio");
        HttpResponse<String> auth = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(config.get("sync.source.personio.url") + "/v1/auth"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + DemoHrSources.PERSONIO_CLIENT
                                        + "&client_secret=" + DemoHrSources.PERSONIO_SECRET))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(auth.statusCode()).isEqualTo(200);
        assertThat(auth.body()).contains("\"token\"");
    }

    @Test
    void refusesASourceItCannotDemo() {
        assertThatThrownBy(() -> DemoHrSources.start(new String[] {"demo", "--source", "workday"}, EXAMPLES, null))
                .hasMessageContaining(
                        "demo --source must be one of csv, personio, sql, hibob, bamboohr, not 'workday'");
    }

    @Test
    void pointsTheDemoAtASandboxBambooHrCompanySeededWithTheExamplePeople() throws Exception {
        Map<String, String> config = DemoHrSources.start(new String[] {"demo", "--source", "bamboohr"}, EXAMPLES, null);

        assertThat(config)
                .containsEntry("sync.source.kind", "bamboohr")
                .containsEntry("sync.source.bamboohr.api-key", DemoHrSources.BAMBOOHR_KEY);
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(config.get("sync.source.bamboohr.url") + "/api/v1/employees"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((DemoHrSources.BAMBOOHR_KEY + ":x")
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"total\":27");
    }

    @Test
    void pointsTheDemoAtASandboxHibobCompany() {
        Map<String, String> config = DemoHrSources.start(new String[] {"demo", "--source", "hibob"}, EXAMPLES, null);

        assertThat(config)
                .containsEntry("sync.source.kind", "hibob")
                .containsEntry("sync.source.hibob.service-user-id", DemoHrSources.HIBOB_SERVICE_USER)
                .containsKey("sync.source.hibob.url");
    }
}
