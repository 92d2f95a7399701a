package io.cakesync.testing;

import java.util.List;

import io.cakesync.sandbox.SandboxTenant;

/** Builds a scenario on the suite's sandbox: tenant content, the HR export and the mapping file. */
public final class Tenant {
    public static final String HEADER = "employee_id,email,first_name,last_name,department,status";

    private Tenant() {}

    /** A fresh tenant with only the admin user that cakesync acts as; faults and recorded requests cleared. */
    public static SandboxTenant reset() {
        return SandboxResource.SANDBOX.reset();
    }

    public static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    public static void hr(String... rows) {
        hrRaw(HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    public static void hrRaw(String content) {
        SandboxResource.SANDBOX.writeHr(content);
    }

    public static void mapping(String yaml) {
        SandboxResource.SANDBOX.writeMapping(yaml);
    }

    public static List<String> writes() {
        return SandboxResource.server().requests().stream()
                .filter(r -> !r.method().equals("GET"))
                .map(r -> r.method() + " " + r.path())
                .toList();
    }
}
