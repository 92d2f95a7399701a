package io.cakesync.reconcile;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;

/**
 * The planner alone, for {@code bench.employees} (50,000) people in {@code bench.groups} (1,000)
 * groups with 2% of memberships wrong: CPU time and allocation of one plan, after warm-up.
 */
@Tag("benchmark")
class PlannerBenchmark {

    @Test
    void planForALargeCompany() {
        int employees = Integer.getInteger("bench.employees", 50_000);
        int groups = Integer.getInteger("bench.groups", 1_000);
        PlanInput input = input(employees, groups, new Random(1));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] cpu = new long[7];
        long[] allocated = new long[cpu.length];
        int changes = 0;
        for (int i = 0; i < cpu.length; i++) {
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long allocBefore = threads.getCurrentThreadAllocatedBytes();
            changes = Planner.plan(input).changes().size();
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocBefore;
        }
        long[] warm = Arrays.copyOfRange(cpu, 2, cpu.length);
        Arrays.sort(warm);
        System.out.printf(
                Locale.ROOT,
                "%nplanner: %,d employees, %,d groups, %,d changes: CPU first %.0f ms, "
                        + "warm median %.0f ms (min %.0f), allocated %,d MB per plan%n",
                employees,
                groups,
                changes,
                cpu[0] / 1e6,
                warm[warm.length / 2] / 1e6,
                warm[0] / 1e6,
                allocated[cpu.length - 1] >> 20);
    }

    private static PlanInput input(int employees, int groups, Random random) {
        List<MappedGroup> mapped = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            mapped.add(new MappedGroup("g" + g, "Group " + g, List.of("Dept " + g)));
        }
        List<Employee> people = new ArrayList<>();
        Map<String, CakewalkUser> users = new HashMap<>();
        Map<String, List<CakewalkUser>> members = new HashMap<>();
        Map<String, PreviousEmployee> previous = new HashMap<>();
        for (int n = 0; n < employees; n++) {
            int g = random.nextInt(groups);
            String email = "e" + n + "@bench.example";
            people.add(new Employee(
                    "E" + n, email, "F", "L", "Dept " + g, EmployeeStatus.ACTIVE, "line " + (n + 2), Map.of()));
            CakewalkUser user = new CakewalkUser("u" + n, "Employee " + n, email, "Active");
            users.put(email, user);
            previous.put("E" + n, new PreviousEmployee(email, "Dept " + g));
            int actual = random.nextDouble() < 0.02 ? random.nextInt(groups) : g;
            members.computeIfAbsent("g" + actual, k -> new ArrayList<>()).add(user);
        }
        return new PlanInput(
                mapped,
                people,
                List.of(),
                users,
                members,
                previous,
                new StatusPolicy(true, Set.of("Deactivated")),
                Map.of(),
                Set.of(),
                Duration.ZERO,
                Instant.now());
    }
}
