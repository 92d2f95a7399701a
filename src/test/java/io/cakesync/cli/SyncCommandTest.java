package io.cakesync.cli;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusMainTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(name = SandboxResource.SEEDED_BEFORE_START, value = "true"),
            @ResourceArg(name = "sync.safety.hold-first-run", value = "false"),
            @ResourceArg(name = "web.public-url", value = "https://cakesync.example.com/")
        })
class SyncCommandTest {
    static final String TEAM = id(301);
    static final String OPS = id(302);
    static final Pattern LOG_LINE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} ");
    static final String AMY = id(31);
    static final String BEN = id(32);

    SandboxTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = Tenant.reset();
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hr("E31,amy@acme.example,Amy,A,Team,active");
    }

    @Test
    void exitsZeroAndPrintsTheSummaryWhenTheRunSucceeds(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("sync");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("SUCCEEDED").contains("1 to add: 1 done, 0 failed");
        assertThat(tenant.members(TEAM)).containsExactly(AMY);
    }

    @Test
    void printsThePlanPerGroupAndTheRunPage(QuarkusMainLauncher launcher) {
        twoGroups();

        LaunchResult result = launcher.launch("sync");

        assertThat(result.exitCode()).isZero();
        List<String> printed = printed(result);
        String runId = printed.get(0).replaceFirst("^run (\\d+) .*", "$1");
        assertThat(printed.get(0))
                .startsWith("run " + runId + " SUCCEEDED: 1 to add and 1 to remove: 2 done, 0 failed");
        assertThat(printed.subList(1, printed.size()))
                .containsExactly(
                        "  Ops: 0 to add, 1 to remove (1 applied)",
                        "  Team: 1 to add, 0 to remove (1 applied)",
                        "page: https://cakesync.example.com/runs/" + runId);
    }

    @Test
    void verboseListsEveryChangeWithItsPersonReasonAndOutcome(QuarkusMainLauncher launcher) {
        twoGroups();

        LaunchResult result = launcher.launch("sync", "--dry-run", "--verbose");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput())
                .contains("  Ops: 0 to add, 1 to remove (1 skipped dry run)\n"
                        + "    - ben@acme.example: not in the HR source -> SKIPPED_DRY_RUN\n")
                .contains("  Team: 1 to add, 0 to remove (1 skipped dry run)\n"
                        + "    + amy@acme.example: department Team -> SKIPPED_DRY_RUN\n");
    }

    @Test
    void dryRunExitsZeroAndWritesNothing(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("sync", "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("dry run: would add 1 and remove 0");
        assertThat(Tenant.writes()).isEmpty();
        assertThat(tenant.members(TEAM)).isEmpty();
    }

    /**
     * What the command printed: the launcher also captures the log lines of the application and of the
     * test resources (in a real process they go to stderr, see {@code MainTest}).
     */
    private static List<String> printed(LaunchResult result) {
        return result.getOutput()
                .lines()
                .filter(l -> !LOG_LINE.matcher(l).lookingAt())
                .toList();
    }

    private void twoGroups() {
        tenant.addGroup(OPS, "Ops", "Cakewalk");
        tenant.addMember(OPS, BEN);
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n  - group: Ops\n    departments: [Ops]\n");
    }

    @Test
    void exitsOneWhenTheRunFails(QuarkusMainLauncher launcher) {
        Tenant.hrRaw("");

        LaunchResult result = launcher.launch("sync");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .contains("FAILED")
                .contains(SandboxResource.hrFile().toString());
        assertThat(SandboxResource.server().requests()).isEmpty();
    }

    @Test
    void exitsTwoWhenSomeChangesFailed(QuarkusMainLauncher launcher) {
        tenant.addMember(TEAM, BEN);
        SandboxResource.server().faults().respond("DELETE", ".*", 400, null);

        LaunchResult result = launcher.launch("sync");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getOutput()).contains("PARTIAL").contains("1 done, 1 failed");
        assertThat(tenant.members(TEAM)).containsExactlyInAnyOrder(AMY, BEN);
    }
}
