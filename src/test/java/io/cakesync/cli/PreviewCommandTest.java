package io.cakesync.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        initArgs = @ResourceArg(name = SandboxResource.SEEDED_BEFORE_START, value = "true"))
class PreviewCommandTest {
    static final String TEAM = id(901);
    static final String AMY = id(91);
    static final String BEN = id(92);

    @TempDir
    Path dir;

    SandboxTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = Tenant.reset();
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        tenant.addMember(TEAM, BEN);
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hrRaw(Tenant.HEADER + ",office\nE91,amy@acme.example,Amy,A,Team,active,Berlin\n"
                + "E92,ben@acme.example,Ben,B,Team,active,Hamburg\n");
    }

    @Test
    void printsWhoWouldJoinAndLeaveAndSendsNothing(QuarkusMainLauncher launcher) throws IOException {
        Path proposed = Files.writeString(
                dir.resolve("new.yml"),
                "groups:\n  - group: Team\n    departments: [Team]\n    where: {office: [Berlin]}\n");

        LaunchResult result = launcher.launch("preview", "--mapping", proposed.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput())
                .contains("preview of " + proposed + ": would add 1 and remove 0; would hold "
                        + "1 removal for approval; 1 change(s) because of the mapping change")
                .contains("Team: 1 join, 1 leave")
                .contains("+ amy@acme.example: joins (department Team, office Berlin) [planned with the current "
                        + "mapping too]")
                .contains("- ben@acme.example: would leave after approval (does not match this group's rule (office "
                        + "Hamburg); would hold: first run: removals wait for an admin's review)")
                .contains("nothing was sent");
        assertThat(Tenant.writes()).isEmpty();
        assertThat(tenant.members(TEAM)).containsExactly(BEN);
    }

    @Test
    void exitsOneListingEveryProblemOfTheMapping(QuarkusMainLauncher launcher) throws IOException {
        Path proposed = Files.writeString(
                dir.resolve("bad.yml"),
                "groups:\n  - group: Team\n    where:\n      office: {near: Berlin}\n    include: [nobody]\n");

        LaunchResult result = launcher.launch("preview", "--mapping", proposed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorOutput())
                .contains("has 2 problem(s)")
                .contains("line 4: unknown operator 'near'")
                .contains("line 5: 'nobody' in 'include' of group 'Team' is not an email address");
        assertThat(SandboxResource.server().requests()).isEmpty();
    }
}
