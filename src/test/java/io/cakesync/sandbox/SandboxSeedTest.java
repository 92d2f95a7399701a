package io.cakesync.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxSeedTest {

    private static final Path EXAMPLE = Path.of("examples/sandbox-tenant.json");
    private static final String SYNC_BOT = "00000000-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    @Test
    void loadsTheExampleTenant() {
        SandboxTenant tenant = SandboxTenant.fromSeed(EXAMPLE);

        assertThat(tenant.users())
                .hasSizeBetween(20, 30)
                .extracting(SandboxUser::statusName)
                .contains("Active", "Invited", "Deactivated");
        assertThat(tenant.users())
                .filteredOn(u -> u.id().equals(SYNC_BOT))
                .singleElement()
                .isEqualTo(new SandboxUser(SYNC_BOT, "Sync Bot", "sync-bot@acme.example", "Active", "Admin"));
        assertThat(tenant.groups())
                .extracting(SandboxGroup::name)
                .containsExactly(
                        "Sales EMEA", "Engineering", "Finance", "People & Culture", "All Staff", "Okta Everyone");
        assertThat(tenant.groups())
                .filteredOn(SandboxGroup::readOnly)
                .extracting(SandboxGroup::syncSource)
                .containsExactly("Okta");
    }

    @Test
    void resolvesMembersByEmail() {
        SandboxTenant tenant = SandboxTenant.fromSeed(EXAMPLE);
        String engineering = groupId(tenant, "Engineering");

        assertThat(tenant.members(engineering))
                .contains(tenant.userIdByEmail("liam.novak@acme.example").orElseThrow())
                .doesNotContain(tenant.userIdByEmail("tara.singh@acme.example").orElseThrow());
        assertThat(tenant.userIdByEmail("yuki.tanaka@ACME.example")).isPresent();
    }

    @Test
    void servesTheExampleTenant() {
        try (Api api = Api.start(SandboxTenant.fromSeed(EXAMPLE))) {
            String finance = groupId(api.server.tenant(), "Finance");
            var response = api.post(
                    Api.members(finance),
                    "{\"userIds\":[\"00000000-0000-4000-8000-000000000016\"],\"triggeredByUserId\":\"" + SYNC_BOT
                            + "\"}");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(api.server.tenant().members(finance)).contains("00000000-0000-4000-8000-000000000016");
        }
    }

    @Test
    void namesTheFileAndEntryOfAnUnknownMemberEmail() throws IOException {
        Path seed = write("""
                {"users":[{"id":"00000000-0000-4000-8000-000000000001","name":"A","email":"a@x.example",
                           "status":"Active","role":"Admin"}],
                 "groups":[{"id":"00000000-0000-4000-9000-000000000001","name":"Sales","syncSource":"Cakewalk",
                            "members":["a@x.example","ghost@x.example"]}]}
                """);

        assertThatThrownBy(() -> SandboxTenant.fromSeed(seed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(seed.toString())
                .hasMessageContaining("groups[0] (Sales)")
                .hasMessageContaining("ghost@x.example");
    }

    @Test
    void namesTheEntryWithAMissingField() throws IOException {
        Path seed = write("""
                {"users":[{"id":"00000000-0000-4000-8000-000000000001","name":"A","email":"a@x.example",
                           "status":"Active","role":"Admin"},
                          {"id":"00000000-0000-4000-8000-000000000002","name":"B","status":"Active","role":"User"}],
                 "groups":[]}
                """);

        assertThatThrownBy(() -> SandboxTenant.fromSeed(seed))
                .hasMessageContaining(seed.toString())
                .hasMessageContaining("users[1]")
                .hasMessageContaining("'email'");
    }

    @Test
    void namesTheEntryWithABadIdOrADuplicate() throws IOException {
        Path badId = write("""
                {"users":[{"id":"u1","name":"A","email":"a@x.example","status":"Active","role":"User"}],"groups":[]}
                """);
        Path duplicate = write("""
                {"users":[{"id":"00000000-0000-4000-8000-000000000001","name":"A","email":"a@x.example",
                           "status":"Active","role":"User"},
                          {"id":"00000000-0000-4000-8000-000000000002","name":"B","email":"A@x.example",
                           "status":"Active","role":"User"}],
                 "groups":[]}
                """);

        assertThatThrownBy(() -> SandboxTenant.fromSeed(badId))
                .hasMessageContaining("users[0]: user id must be a UUID");
        assertThatThrownBy(() -> SandboxTenant.fromSeed(duplicate))
                .hasMessageContaining("users[1]: duplicate user email");
    }

    @Test
    void reportsInvalidJsonWithTheFileName() throws IOException {
        Path seed = write("{\"users\": [");

        assertThatThrownBy(() -> SandboxTenant.fromSeed(seed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(seed.toString())
                .hasMessageContaining("not valid JSON");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "seed", ".json"), json);
    }

    private static String groupId(SandboxTenant tenant, String name) {
        return tenant.groups().stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
