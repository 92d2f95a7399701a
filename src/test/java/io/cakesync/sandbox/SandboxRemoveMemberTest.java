package io.cakesync.sandbox;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxRemoveMemberTest {

    private final Api api = Api.start(Acme.tenant());
    private final SandboxTenant tenant = api.server.tenant();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void removesAMemberWith204() {
        HttpResponse<String> response = api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(tenant.members(Acme.SALES)).isEmpty();
    }

    @Test
    void answers404ForANonMember() {
        assertProblem(api.delete(Api.members(Acme.SALES) + "/" + Acme.DAVID), 404, "not a member");
        assertProblem(api.delete(Api.members(Acme.SALES) + "/" + Acme.NOBODY), 404, "not a member");
        assertProblem(api.delete(Api.members(Acme.SALES) + "/not-a-uuid"), 404, "not a member");
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void answers404TheSecondTimeTheSameMemberIsRemoved() {
        assertThat(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA).statusCode())
                .isEqualTo(204);

        assertProblem(api.delete(Api.members(Acme.SALES) + "/" + Acme.ANNA), 404, "not a member");
    }

    @Test
    void answers404ForAnUnknownGroup() {
        assertProblem(api.delete(Api.members(Acme.NOBODY) + "/" + Acme.ANNA), 404, "was not found");
    }

    @Test
    void refusesReadOnlyGroups() {
        assertProblem(api.delete(Api.members(Acme.OKTA) + "/" + Acme.ANNA), 400, "read-only");
        assertThat(tenant.members(Acme.OKTA)).containsExactly(Acme.ANNA);
    }
}
