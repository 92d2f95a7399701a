package io.cakesync.source.bamboohr;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.http.Timing;
import io.cakesync.sandbox.BamboohrSandbox;
import io.cakesync.sandbox.BamboohrTenant;
import io.cakesync.sandbox.BasicAuthOptions;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.testing.HrReadMeasure;
import io.cakesync.testing.PostgresResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a BambooHR company from the sandbox at the client's default limit (60 calls a minute:
 * BambooHR publishes no quota), at the largest page (2,500, the default) and at BambooHR's own default
 * (250), after a first read has warmed the JIT; then what an event naming three of them costs, one call
 * filtered on their ids. Not part of {@code ./mvnw verify}; see BENCHMARKS.md.
 * Parameters: {@code bench.hr-employees} (10,000), {@code bench.latency-ms} (50).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("benchmark")
class BamboohrReadBenchmark {

    @Test
    void readsTenThousandEmployeesPageByPage() {
        int employees = Integer.getInteger("bench.hr-employees", 10_000);
        BamboohrTenant tenant = new BamboohrTenant();
        for (int i = 1; i <= employees; i++) {
            tenant.add(BamboohrTenant.employee(
                            Integer.toString(i),
                            "First" + i,
                            "Last" + i,
                            i % 20 == 0 ? "Inactive" : "Active",
                            "p" + i + "@acme.example",
                            "Department " + i % 240,
                            "Site " + i % 12)
                    .put("reportsToId", Integer.toString(1 + i % 100)));
        }
        BasicAuthOptions options =
                new BasicAuthOptions("bench-key", null, Duration.ofMillis(Long.getLong("bench.latency-ms", 50)), 0);
        StringBuilder table = new StringBuilder(HrReadMeasure.header());
        try (BamboohrSandbox sandbox = BamboohrSandbox.start(tenant, options, 429)) {
            // A first read warms the JIT; every connector has a rate limiter of its own.
            connector(sandbox, 2500).read(Set.of());
            for (int pageSize : new int[] {2500, 250}) {
                BamboohrConnector connector = connector(sandbox, pageSize);
                HrRead[] read = new HrRead[1];
                long pages = (employees + pageSize - 1) / pageSize;

                HrReadMeasure measured = HrReadMeasure.of(
                        "BambooHR, pages of " + pageSize,
                        employees,
                        pages,
                        60,
                        () -> (long) sandbox.requests().size(),
                        () -> read[0] = connector.read(Set.of()));

                assertThat(read[0].employees()).hasSize(employees);
                assertThat(measured.calls()).isEqualTo(measured.lowerBound());
                table.append('\n').append(measured.row());
            }
            BamboohrConnector forEvent = connector(sandbox, 2500);
            List<PersonRef> named = Stream.of(7, employees / 2, employees)
                    .map(i -> PersonRef.byEmployeeId(Integer.toString(i)))
                    .toList();
            HrRead[] event = new HrRead[1];
            HrReadMeasure targeted = HrReadMeasure.of(
                    "BambooHR, an event naming 3 people",
                    employees,
                    1,
                    60,
                    () -> (long) sandbox.requests().size(),
                    () -> event[0] = forEvent.readPeople(named, Set.of()));
            assertThat(event[0].employees()).hasSize(3);
            assertThat(targeted.calls()).isEqualTo(targeted.lowerBound());
            table.append('\n').append(targeted.row());
        }
        System.out.println("\n" + table + "\n");
    }

    private static BamboohrConnector connector(BamboohrSandbox sandbox, int pageSize) {
        return new BamboohrConnector(
                BamboohrSettings.of(
                        sandbox.url(),
                        "api-key",
                        "bench-key",
                        "page-size",
                        Integer.toString(pageSize),
                        "rate-limit-per-minute",
                        "60"),
                Timing.REAL);
    }
}
