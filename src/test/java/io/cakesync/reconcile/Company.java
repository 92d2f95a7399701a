package io.cakesync.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

/**
 * A synthetic company and its Cakewalk tenant, with the mess a first sync meets: members missing
 * from their group, movers still in their old group, leavers and ex-employees still members, hires
 * Cakewalk has not imported yet, and groups nobody mapped. It also knows, independently of the
 * planner, who belongs in which group, so tests can check the outcome and the cost of a run.
 */
final class Company {
    record Params(int employees, int departments, int groups, double churn, long seed) {}

    private static final int PAGE = 100;

    private final Params params;
    private final Random random;
    private final List<Person> people = new ArrayList<>();
    private final String[] groupIds;
    private final int[] groupOfDepartment;
    private final List<String> exEmployees = new ArrayList<>();
    private final List<String> unmappedGroups = new ArrayList<>();
    private Set<String> emailsAtLastUserRead = Set.of();
    private Set<String> hrAtLastRun = Set.of();

    private static final class Person {
        final String employeeId;
        final String email;
        int department;
        boolean active;
        String userId;

        Person(int n, int department, boolean active, String userId) {
            this.employeeId = "E" + n;
            this.email = "e" + n + "@bench.example";
            this.department = department;
            this.active = active;
            this.userId = userId;
        }
    }

    private Company(Params params) {
        this.params = params;
        this.random = new Random(params.seed());
        this.groupIds = new String[params.groups()];
        this.groupOfDepartment = new int[params.departments()];
        for (int g = 0; g < params.groups(); g++) {
            groupIds[g] = uuid(2, g);
        }
        for (int d = 0; d < params.departments(); d++) {
            // Every tenth department feeds no group: its people are never looked up.
            groupOfDepartment[d] = params.departments() >= 10 && d % 10 == 9 ? -1 : d % params.groups();
        }
    }

    /** Builds the company and seeds the (emptied) tenant with its messy current state. */
    static Company seed(Params params, SandboxTenant tenant) {
        Company c = new Company(params);
        tenant.clear();
        tenant.addUser(SandboxResource.SYNC_BOT, "Sync Bot", "sync-bot@acme.example", "Active", "Admin");
        for (int g = 0; g < params.groups(); g++) {
            tenant.addGroup(c.groupIds[g], groupName(g), "Cakewalk");
        }
        for (int u = 0; u < Math.max(1, params.groups() / 10); u++) {
            String id = uuid(3, u);
            tenant.addGroup(id, "Unmapped " + u, "Cakewalk");
            c.unmappedGroups.add(id);
        }
        double churn = params.churn();
        for (int n = 0; n < params.employees(); n++) {
            boolean hasUser = c.random.nextDouble() >= churn / 5;
            Person p = new Person(
                    n,
                    c.random.nextInt(params.departments()),
                    c.random.nextDouble() >= churn / 2,
                    hasUser ? uuid(1, n) : null);
            c.people.add(p);
            if (p.userId != null) {
                tenant.addUser(p.userId, "Employee " + n, p.email, "Active", "User");
            }
        }
        for (Person p : c.people) {
            int group = c.groupOf(p);
            if (p.userId == null || group < 0) {
                continue;
            }
            if (!p.active || c.random.nextDouble() >= churn) {
                tenant.addMember(c.groupIds[group], p.userId);
            }
            if (p.active && c.random.nextDouble() < churn / 2) {
                tenant.addMember(c.groupIds[c.random.nextInt(params.groups())], p.userId);
            }
        }
        for (int x = 0; x < params.employees() * churn / 2; x++) {
            String id = uuid(4, x);
            tenant.addUser(id, "Former " + x, "former" + x + "@bench.example", "Active", "User");
            tenant.addMember(c.groupIds[c.random.nextInt(params.groups())], id);
            c.exEmployees.add(id);
        }
        for (String group : c.unmappedGroups) {
            for (int i = 0; i < 50 && i < c.people.size(); i++) {
                Person p = c.people.get(c.random.nextInt(c.people.size()));
                if (p.userId != null) {
                    tenant.addMember(group, p.userId);
                }
            }
        }
        return c;
    }

    /** HR news between two runs: movers, leavers, hires Cakewalk already imported and hires it has not. */
    void churn(SandboxTenant tenant) {
        int step = (int) Math.max(1, Math.round(params.employees() * params.churn() / 5));
        List<Person> active = people.stream().filter(p -> p.active).toList();
        for (int i = 0; i < step; i++) {
            active.get(random.nextInt(active.size())).department = random.nextInt(params.departments());
            active.get(random.nextInt(active.size())).active = false;
        }
        for (int i = 0; i < 2 * step; i++) {
            int n = people.size();
            Person hire = new Person(n, random.nextInt(params.departments()), true, i % 2 == 0 ? uuid(1, n) : null);
            if (hire.userId != null) {
                tenant.addUser(hire.userId, "Employee " + n, hire.email, "Active", "User");
            }
            people.add(hire);
        }
    }

    /** Edits made by hand in Cakewalk: members added who do not belong, members removed who do. */
    int drift(SandboxTenant tenant, int edits) {
        int made = 0;
        for (int i = 0; i < edits / 2; i++) {
            tenant.addMember(
                    groupIds[random.nextInt(groupIds.length)], exEmployees.get(random.nextInt(exEmployees.size())));
            made++;
        }
        List<String[]> wanted = new ArrayList<>();
        expected().forEach((group, members) -> members.forEach(m -> wanted.add(new String[] {group, m})));
        Set<String> removed = new HashSet<>();
        while (removed.size() < edits - edits / 2 && removed.size() < wanted.size()) {
            String[] pick = wanted.get(random.nextInt(wanted.size()));
            if (removed.add(pick[0] + pick[1]) && tenant.members(pick[0]).contains(pick[1])) {
                tenant.removeMember(pick[0], pick[1]);
                made++;
            }
        }
        return made;
    }

    /** Who belongs in each mapped group: active people with a Cakewalk user, by their department. */
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> members = new HashMap<>();
        mappedGroups().forEach(g -> members.put(g, new HashSet<>()));
        for (Person p : people) {
            int group = groupOf(p);
            if (p.active && p.userId != null && group >= 0) {
                members.get(groupIds[group]).add(p.userId);
            }
        }
        return members;
    }

    /** (group id, email) of each active person who belongs in a group but has no Cakewalk user yet. */
    Set<List<String>> deferred() {
        Set<List<String>> waiting = new HashSet<>();
        for (Person p : people) {
            if (p.active && p.userId == null && groupOf(p) >= 0) {
                waiting.add(List.of(groupIds[groupOf(p)], p.email));
            }
        }
        return waiting;
    }

    List<String> mappedGroups() {
        Set<Integer> fed = new HashSet<>();
        for (int g : groupOfDepartment) {
            if (g >= 0) {
                fed.add(g);
            }
        }
        return fed.stream().sorted().map(g -> groupIds[g]).toList();
    }

    List<String> unmappedGroups() {
        return unmappedGroups;
    }

    /** The fewest calls a run can make, endpoint by endpoint. */
    record Bound(long groupPages, long userPages, long memberPages, long posts, long deletes) {
        long reads() {
            return groupPages + userPages + memberPages;
        }

        long total() {
            return reads() + posts + deletes;
        }
    }

    /**
     * The bound for the next run, from the tenant as it is now. A full refresh reads every page of
     * the group list, the user list and each mapped group (an empty list is still one call). An
     * incremental run reads the group list, and the user list only when HR names someone whom
     * neither the last user-list read nor the last HR read knew. Writes: one POST per group per
     * 100 adds, one DELETE per removal.
     */
    Bound bound(SandboxTenant tenant, boolean full, int batchSize) {
        long groupPages = pages(tenant.groups().size());
        long userPages = full || userListNeeded() ? pages(tenant.users().size()) : 0;
        long memberPages = 0;
        long posts = 0;
        long deletes = 0;
        for (Map.Entry<String, Set<String>> e : expected().entrySet()) {
            Set<String> current = tenant.members(e.getKey());
            memberPages += full ? pages(current.size()) : 0;
            long adds =
                    e.getValue().stream().filter(id -> !current.contains(id)).count();
            posts += (adds + batchSize - 1) / batchSize;
            deletes += current.stream().filter(id -> !e.getValue().contains(id)).count();
        }
        return new Bound(groupPages, userPages, memberPages, posts, deletes);
    }

    /** What the daemon now knows: call after each live run, before changing anything else. */
    void afterRun(SandboxTenant tenant, boolean readUserList) {
        if (readUserList) {
            Set<String> emails = new HashSet<>();
            tenant.users().forEach(u -> emails.add(u.email()));
            emailsAtLastUserRead = emails;
        }
        Set<String> hr = new HashSet<>();
        people.forEach(p -> hr.add(p.email));
        hrAtLastRun = hr;
    }

    boolean userListNeeded() {
        return people.stream()
                .anyMatch(p -> p.active
                        && groupOf(p) >= 0
                        && !emailsAtLastUserRead.contains(p.email)
                        && !hrAtLastRun.contains(p.email));
    }

    void writeFiles(Path hr, Path mapping) {
        StringBuilder csv = new StringBuilder(Tenant.HEADER).append('\n');
        for (Person p : people) {
            csv.append(p.employeeId)
                    .append(',')
                    .append(p.email)
                    .append(",First,Last,")
                    .append(departmentName(p.department))
                    .append(',')
                    .append(p.active ? "active" : "terminated")
                    .append('\n');
        }
        Map<Integer, List<String>> departments = new HashMap<>();
        for (int d = 0; d < groupOfDepartment.length; d++) {
            if (groupOfDepartment[d] >= 0) {
                departments
                        .computeIfAbsent(groupOfDepartment[d], g -> new ArrayList<>())
                        .add(departmentName(d));
            }
        }
        StringBuilder yaml = new StringBuilder("groups:\n");
        departments.keySet().stream()
                .sorted()
                .forEach(g -> yaml.append("  - group: \"")
                        .append(groupName(g))
                        .append("\"\n    departments: [")
                        .append(String.join(", ", departments.get(g)))
                        .append("]\n"));
        try {
            Files.writeString(hr, csv);
            Files.writeString(mapping, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int employees() {
        return people.size();
    }

    private int groupOf(Person p) {
        return groupOfDepartment[p.department];
    }

    private static long pages(int items) {
        return Math.max(1, (items + PAGE - 1) / PAGE);
    }

    private static String groupName(int g) {
        return String.format("Group %04d", g);
    }

    private static String departmentName(int d) {
        return String.format("Dept %04d", d);
    }

    private static String uuid(int kind, int n) {
        return String.format("%08x-0000-4000-8000-%012x", kind, n);
    }
}
