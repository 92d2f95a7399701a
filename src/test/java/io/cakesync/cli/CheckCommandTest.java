package io.cakesync.cli;

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
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusMainTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = SandboxResource.SEEDED_BEFORE_START, value = "true"))
class CheckCommandTest {
    static final SmallTenant SMALL = new SmallTenant(4);
    static final String TEAM = SMALL.group(1);
    static final String OKTA = SMALL.group(2);

    SandboxTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = SMALL.seed("Team");
        tenant.addGroup(OKTA, "Okta Engineers", "Okta");
    }

    @Test
    void passesWhenEverythingWorksAndWritesNothing(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput())
                .containsPattern("configuration\\s+PASS")
                .containsPattern("database\\s+(PASS|WARN)\\s+reachable")
                .containsPattern("cakewalk credentials\\s+PASS\\s+accepted")
                .containsPattern("triggered-by user\\s+PASS\\s+sync-bot@acme.example exists and is Active")
                .containsPattern("mapped groups\\s+PASS\\s+every group")
                .containsPattern("HR source\\s+PASS\\s+HR export: 1 record\\(s\\) in")
                .contains("check passed")
                .doesNotContain(SandboxResource.API_SECRET);
        assertThat(Tenant.writes()).isEmpty();
    }

    @Test
    void failsOnUnknownAndReadOnlyGroupsAMissingTriggeredByUserAndAnEmptyHrExport(QuarkusMainLauncher launcher) {
        tenant.clear();
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        tenant.addGroup(OKTA, "Okta Engineers", "Okta");
        Tenant.mapping("groups:\n  - group: Teem\n    departments: [Team]\n"
                + "  - group: Okta Engineers\n    departments: [Eng]\n");
        Tenant.hrRaw("");

        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .containsPattern("configuration\\s+PASS")
                .containsPattern("mapped groups\\s+FAIL\\s+.*line 2: no Cakewalk group has the id or name 'Teem'")
                .containsPattern("mapped groups\\s+FAIL\\s+.*line 4: group 'Okta Engineers' .* is read-only")
                .containsPattern("triggered-by user\\s+FAIL\\s+no Cakewalk user has the id " + SandboxResource.SYNC_BOT)
                .containsPattern("HR source\\s+FAIL\\s+HR export .* is empty")
                .doesNotContain("HR export: HR export")
                .contains("check FAILED");
    }

    @Test
    void failsOnAMappingFileWithSyntaxErrorsAndAnInactiveTriggeredByUser(QuarkusMainLauncher launcher) {
        tenant.clear();
        tenant.addUser(SandboxResource.SYNC_BOT, "Sync Bot", "sync-bot@acme.example", "Deactivated", "Admin");
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team\n");

        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .containsPattern("configuration\\s+FAIL\\s+mapping file .*line 4, column 1: YAML syntax error")
                .containsPattern("mapped groups\\s+SKIPPED")
                .containsPattern("triggered-by user\\s+FAIL\\s+sync-bot@acme.example is Deactivated");
    }

    @Test
    void failsAndSkipsTheRestWhenCakewalkRejectsTheCredentials(QuarkusMainLauncher launcher) {
        SandboxResource.server().faults().respond("GET", "/api/v1/UsersGroups", 401, null);

        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput())
                .containsPattern("cakewalk credentials\\s+FAIL\\s+rejected \\(HTTP 401\\)")
                .containsPattern("triggered-by user\\s+SKIPPED")
                .containsPattern("mapped groups\\s+SKIPPED")
                .doesNotContain(SandboxResource.API_SECRET);
    }

    @Test
    void failsWhenCakewalkKeepsAnswering503(QuarkusMainLauncher launcher) {
        for (int i = 0; i < 5; i++) {
            SandboxResource.server().faults().respond("GET", "/api/v1/UsersGroups", 503, null);
        }

        LaunchResult result = launcher.launch("check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getOutput()).containsPattern("cakewalk credentials\\s+FAIL\\s+cannot reach http");
    }
}
