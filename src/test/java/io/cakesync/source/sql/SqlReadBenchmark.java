package io.cakesync.source.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.cakesync.source.Attributes;
import io.cakesync.source.HrRead;
import io.cakesync.testing.HeapPeak;
import io.cakesync.testing.HrDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads {@code bench.hr-employees} rows from an HR table on the embedded PostgreSQL with the production
 * fetch size: one query, streamed. Run as BENCHMARKS.md says.
 */
@Tag("benchmark")
class SqlReadBenchmark {

    @Test
    void readsTheWholeTableInOneStreamedQuery() {
        int employees = Integer.getInteger("bench.hr-employees", 10_000);
        HrDatabase database = HrDatabase.create();
        database.execute(
                SqlSources.EMPLOYEES,
                "INSERT INTO employees SELECT 'E' || n, 'person' || n || '@acme.example',"
                        + " 'First' || n, 'Last' || n, CASE WHEN n % 20 = 0 THEN 'inactive' ELSE 'active' END,"
                        + " 'Department ' || n % 240, 'Office ' || n % 12, DATE '2020-01-01' + n % 1000"
                        + " FROM generate_series(1, " + employees + ") n");
        SqlSources sources = new SqlSources(database);
        SqlConnector connector = sources.connector(Map.of());
        HeapPeak.reset();
        long start = System.nanoTime();

        HrRead read = connector.read(Set.of(Attributes.OFFICE, Attributes.START_DATE));

        double seconds = (System.nanoTime() - start) / 1e9;
        String row = String.format(
                Locale.ROOT,
                "| SQL (embedded PostgreSQL, fetch size 1000) | %,d | %d query | 1 | – |" + " %.1f | – | – | %d | – |",
                employees,
                sources.opens.get(),
                seconds,
                HeapPeak.megabytes());
        System.out.println("\n" + row);
        try {
            Files.writeString(Path.of("target/benchmark-hr-sql.md"), row + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(read.employees()).hasSize(employees);
        assertThat(sources.opens).hasValue(1);
    }
}
