package io.cakesync.cli;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings a command gets for a terminal. (A {@code @QuarkusMainTest} cannot show the streams: its
 * launcher routes every log line into the captured stdout.)
 */
class MainTest {

    @Test
    void aCommandLogsPlainTextToStderr() {
        Map<String, String> properties = new HashMap<>();

        Main.forATerminal(properties, key -> false);

        assertThat(properties)
                .containsEntry("quarkus.log.console.stderr", "true")
                .containsEntry("quarkus.log.console.json.enabled", "false");
    }

    @Test
    void whatTheUserSetWins() {
        Map<String, String> properties = new HashMap<>();

        Main.forATerminal(properties, key -> key.equals("quarkus.log.console.json.enabled"));

        assertThat(properties)
                .containsEntry("quarkus.log.console.stderr", "true")
                .doesNotContainKey("quarkus.log.console.json.enabled");
    }

    @Test
    void mapsKeysToTheirEnvironmentVariables() {
        assertThat(Main.environmentName("quarkus.log.console.json.enabled"))
                .isEqualTo("QUARKUS_LOG_CONSOLE_JSON_ENABLED");
        assertThat(Main.environmentName("sync.mapping-file")).isEqualTo("SYNC_MAPPING_FILE");
    }
}
