package io.cakesync.testing;

import java.util.List;
import java.util.Locale;

import io.cakesync.sandbox.SandboxTenant;

/**
 * The small tenant most tests start from, on a freshly reset sandbox: one Cakewalk group per name
 * given, each mapped from the HR department of the same name, and per group one active employee
 * who is a Cakewalk user but not yet a member of it (Amy for the first group, Ben for the second).
 * Each test class takes a series k (1 to 99) of its own so that its ids stay its own in
 * the database all test classes share: groups k01, k02; people k1, k2; employee ids Ek1, Ek2.
 */
public record SmallTenant(int series) {
    private static final List<String> PEOPLE = List.of("Amy", "Ben", "Cleo");

    public String group(int n) {
        return Tenant.id(series * 100 + n);
    }

    public String person(int n) {
        return Tenant.id(series * 10 + n);
    }

    public static String email(int n) {
        return PEOPLE.get(n - 1).toLowerCase(Locale.ROOT) + "@acme.example";
    }

    /** Person n's line in the HR export, e.g. {@code E21,amy@acme.example,Amy,A,Team,active}. */
    public String hrRow(int n, String department, String status) {
        String name = PEOPLE.get(n - 1);
        return "E" + (series * 10 + n) + "," + email(n) + "," + name + "," + name.charAt(0) + "," + department + ","
                + status;
    }

    /** On the suite's sandbox ({@link SandboxResource}). */
    public SandboxTenant seed(String... groups) {
        return seed(SandboxResource.SANDBOX, groups);
    }

    /** On the benchmarks' sandbox ({@link BenchSandboxResource}). */
    public SandboxTenant seedBench(String... groups) {
        return seed(BenchSandboxResource.SANDBOX, groups);
    }

    private SandboxTenant seed(LazySandbox sandbox, String... groups) {
        if (groups.length == 0 || groups.length > PEOPLE.size()) {
            throw new IllegalArgumentException("a small tenant has 1 to " + PEOPLE.size() + " groups");
        }
        SandboxTenant tenant = sandbox.reset();
        StringBuilder mapping = new StringBuilder("groups:\n");
        StringBuilder hr = new StringBuilder(Tenant.HEADER).append('\n');
        for (int n = 1; n <= groups.length; n++) {
            tenant.addUser(person(n), PEOPLE.get(n - 1), email(n), "Active", "User");
            tenant.addGroup(group(n), groups[n - 1], "Cakewalk");
            mapping.append("  - group: ")
                    .append(groups[n - 1])
                    .append("\n    departments: [")
                    .append(groups[n - 1])
                    .append("]\n");
            hr.append(hrRow(n, groups[n - 1], "active")).append('\n');
        }
        sandbox.writeMapping(mapping.toString());
        sandbox.writeHr(hr.toString());
        return tenant;
    }
}
