package io.cakesync.source.personio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.sandbox.PersonioPerson;
import io.cakesync.sandbox.PersonioSandbox;
import io.cakesync.source.Attributes;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.testing.HeapPeak;
import io.cakesync.testing.HrReadMeasure;
import io.cakesync.testing.PersonioBenchProfile;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads {@code bench.employees} people from the sandbox Personio at Personio's documented limits:
 * the calls must be the lower bound (one auth, ceil(N / 100) pages) and the read take at most 1.1x
 * the time the 300-a-minute limit alone imposes; an event's read of three of them costs one auth and a
 * call each. Run as BENCHMARKS.md says.
 */
@QuarkusTest
@TestProfile(PersonioBenchProfile.class)
@Tag("benchmark")
class PersonioReadBenchmark {
    @Inject
    PersonioConnector connector;

    @Test
    void readsTheWholeCompanyAtPersonioLimits() {
        PersonioSandbox sandbox = PersonioBenchProfile.Company.server();
        int employees = sandbox.tenant().people().size();
        sandbox.clearRequests();
        HeapPeak.reset();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();

        HrRead read = connector.read(new HashSet<>(Attributes.STANDARD));

        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        long heap = HeapPeak.megabytes();
        int pages = (employees + PersonioConnector.MAX_PAGE_SIZE - 1) / PersonioConnector.MAX_PAGE_SIZE;
        long calls = sandbox.requests().size();
        double bound = (pages - 1) * 60.0 / 300;
        String row = String.format(
                Locale.ROOT,
                "| Personio (v1, sandbox, %s ms latency) | %,d | %d | %d (1 auth + %d pages)"
                        + " | %.1f | %.1f | %.2f | %.1f | %d | %d |",
                System.getProperty("bench.latency-ms", "50"),
                employees,
                calls,
                pages + 1,
                pages,
                bound,
                seconds,
                seconds / bound,
                cpu,
                heap,
                sandbox.rateLimitedResponses());
        System.out.println("\n| source | employees | HR calls | lower bound | rate-limit bound s | read s | read/bound"
                + " | CPU s (JVM) | peak heap MB | 429s |\n|---|---|---|---|---|---|---|---|---|---|\n" + row);
        write("target/benchmark-hr-personio.md", row);

        assertThat(read.employees()).hasSize(employees);
        assertThat(calls).isEqualTo(pages + 1);
        assertThat(seconds).isLessThanOrEqualTo(bound * 1.1);
    }

    @Test
    void readsThePeopleAnEventNamesOneCallEach() {
        PersonioSandbox sandbox = PersonioBenchProfile.Company.server();
        List<PersonioPerson> people = sandbox.tenant().people();
        List<PersonRef> named = Stream.of(7, people.size() / 2, people.size() - 1)
                .map(i -> PersonRef.byEmployeeId(Integer.toString(people.get(i).id())))
                .toList();
        HrRead[] event = new HrRead[1];

        HrReadMeasure targeted = HrReadMeasure.of(
                "Personio, an event naming 3 people",
                people.size(),
                1 + named.size(),
                300,
                () -> (long) sandbox.requests().size(),
                () -> event[0] = connector.readPeople(named, Set.of()));

        System.out.println("\n" + HrReadMeasure.header() + "\n" + targeted.row() + "\n");
        assertThat(event[0].employees()).hasSize(named.size());
        assertThat(targeted.calls()).isEqualTo(targeted.lowerBound());
    }

    /** CPU of the whole JVM, the sandbox's HTTP threads included. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void write(String file, String row) {
        try {
            Files.writeString(Path.of(file), row + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
