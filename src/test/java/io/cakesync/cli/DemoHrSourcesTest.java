package io.cakesync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoHrSourcesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void readsTheSourceInEitherOptionForm() {
        assertThat(DemoHrSources.source(new String[] {"demo"})).isEqualTo("csv");
        assertThat(DemoHrSources.source(new String[] {"demo", "--source", "HiBob"})).isEqualTo("hibob");
        assertThat(DemoHrSources.source(new String[] {"demo", "--source=bamboohr"})).isEqualTo("bamboohr");
    }

    @Test
    void refusesASourceItCannotDemo() {
        assertThatThrownBy(() -> DemoHrSources.start(new String[] {"demo", "--source", "workday"}, EXAMPLES))
                .hasMessageContaining("demo --source must be csv, hibob or bamboohr, not 'workday'");
    }

    @Test
    void pointsTheDemoAtASandboxBambooHrCompanySeededWithTheExamplePeople() throws Exception {
        Map<String, String> config = DemoHrSources.start(new String[] {"demo", "--source", "bamboohr"}, EXAMPLES);

        assertThat(config).containsEntry("sync.source.kind", "bamboohr")
                .containsEntry("sync.source.bamboohr.api-key", DemoHrSources.BAMBOOHR_KEY);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(config.get("sync.source.bamboohr.url") + "/api/v1/employees")).header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((DemoHrSources.BAMBOOHR_KEY + ":x")
                                .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"total\":27");
    }

    @Test
    void pointsTheDemoAtASandboxHibobCompany() {
        Map<String, String> config = DemoHrSources.start(new String[] {"demo", "--source", "hibob"}, EXAMPLES);

        assertThat(config).containsEntry("sync.source.kind", "hibob")
                .containsEntry("sync.source.hibob.service-user-id", DemoHrSources.HIBOB_SERVICE_USER)
                .containsKey("sync.source.hibob.url");
    }
}
