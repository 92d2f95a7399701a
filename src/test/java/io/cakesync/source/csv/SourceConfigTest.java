package io.cakesync.source.csv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import io.cakesync.source.Employee;
import io.cakesync.source.HrRead;
import io.cakesync.source.SourceConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SourceConfigTest {
    @TempDir
    Path dir;

    private static SourceConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SourceConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SourceConfig.class);
    }

    @Test
    void defaultsToACommaSeparatedUtf8ExportWithSnakeCaseColumns() {
        SourceConfig config = config(Map.of());

        assertThat(config.path()).isEmpty();
        assertThat(config.delimiter()).isEqualTo(",");
        assertThat(config.encoding()).isEqualTo("UTF-8");
        assertThat(ColumnNames.of(config.columns())).isEqualTo(HrExports.DEFAULT_COLUMNS);
    }

    @Test
    void readsTheFileNamedByTheConfiguredKeys() {
        Path file = HrExports.write(dir, "Personalnummer;Mail;Abteilung;Status\nP1;a@example.com;Vertrieb;active\n");
        SourceConfig config = config(Map.of(
                "sync.source.path", file.toString(),
                "sync.source.delimiter", ";",
                "sync.source.columns.employee-id", "Personalnummer",
                "sync.source.columns.email", "Mail",
                "sync.source.columns.department", "Abteilung"));

        HrRead read = new CsvHrSource(config).read(Set.of());

        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::department)
                .containsExactly(tuple("P1", "Vertrieb"));
    }
}
