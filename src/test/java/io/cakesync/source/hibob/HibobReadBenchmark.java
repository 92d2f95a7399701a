package io.cakesync.source.hibob;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.http.Timing;
import io.cakesync.sandbox.BasicAuthOptions;
import io.cakesync.sandbox.HibobSandbox;
import io.cakesync.sandbox.HibobTenant;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.testing.HrReadMeasure;
import io.cakesync.testing.PostgresResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a HiBob company from the sandbox at HiBob's documented limit (50 searches a minute, the
 * client at its default 45): one search, whatever the size, measured after a first read has warmed the
 * JIT; then what an event naming three of them costs, one search filtered on their ids. Not part of {@code ./mvnw verify}; see
 * BENCHMARKS.md. Parameters: {@code bench.hr-employees} (10,000), {@code bench.latency-ms} (50).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("benchmark")
class HibobReadBenchmark {
    private static final long FIRST_ID = 3_332_883_884_017_000_000L;

    @Test
    void readsTenThousandEmployeesInOneSearch() {
        int employees = Integer.getInteger("bench.hr-employees", 10_000);
        HibobTenant tenant = new HibobTenant();
        for (int i = 0; i < employees; i++) {
            String lifecycle = i % 20 == 0 ? "Terminated" : i % 33 == 0 ? "Leave" : i % 50 == 0 ? "Hired" : "Employed";
            tenant.add(HibobTenant.person(
                    Long.toString(FIRST_ID + i),
                    "p" + i + "@acme.example",
                    "First" + i,
                    "Last" + i,
                    lifecycle,
                    "Department " + i % 240,
                    "Site " + i % 12));
        }
        BasicAuthOptions options = new BasicAuthOptions(
                "bench-user", "bench-token", Duration.ofMillis(Long.getLong("bench.latency-ms", 50)), 50);
        try (HibobSandbox sandbox = HibobSandbox.start(tenant, options)) {
            // A first read warms the JIT; its connector has a rate limiter of its own, so the measured read
            // is not held back by it.
            connector(sandbox).read(Set.of());
            HibobConnector connector = connector(sandbox);
            HrRead[] read = new HrRead[1];

            HrReadMeasure measured = HrReadMeasure.of(
                    "HiBob, one people search",
                    employees,
                    1,
                    45,
                    () -> (long) sandbox.requests().size(),
                    () -> read[0] = connector.read(Set.of()));

            HibobConnector forEvent = connector(sandbox);
            List<PersonRef> named = Stream.of(7, employees / 2, employees - 1)
                    .map(i -> PersonRef.byEmployeeId(Long.toString(FIRST_ID + i)))
                    .toList();
            HrRead[] event = new HrRead[1];
            HrReadMeasure targeted = HrReadMeasure.of(
                    "HiBob, an event naming 3 people",
                    employees,
                    1,
                    45,
                    () -> (long) sandbox.requests().size(),
                    () -> event[0] = forEvent.readPeople(named, Set.of()));

            assertThat(read[0].employees()).hasSize(employees);
            assertThat(measured.calls()).isEqualTo(measured.lowerBound());
            assertThat(event[0].employees()).hasSize(3);
            assertThat(targeted.calls()).isEqualTo(targeted.lowerBound());
            assertThat(sandbox.rateLimitedResponses()).isZero();
            System.out.println("\n" + HrReadMeasure.header() + "\n" + measured.row() + "\n" + targeted.row() + "\n");
        }
    }

    private static HibobConnector connector(HibobSandbox sandbox) {
        return new HibobConnector(
                HibobSettings.of(
                        sandbox.url(),
                        "service-user-id",
                        "bench-user",
                        "token",
                        "bench-token",
                        "rate-limit-per-minute",
                        "45"),
                Timing.REAL);
    }
}
