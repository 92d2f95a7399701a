package io.cakesync.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.cakesync.sandbox.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxAddMembersTest {

    private final Api api = Api.start(Acme.tenant());
    private final SandboxTenant tenant = api.server.tenant();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void addsAllUsersAndAnswers201WithoutBody() {
        HttpResponse<String> response = api.post(Api.members(Acme.SALES), Acme.addBody(Acme.BORIS, Acme.DAVID));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
        assertThat(tenant.members(Acme.SALES)).containsExactlyInAnyOrder(Acme.ANNA, Acme.BORIS, Acme.DAVID);
    }

    @Test
    void ignoresUsersWhoAreAlreadyMembers() {
        HttpResponse<String> response = api.post(Api.members(Acme.SALES), Acme.addBody(Acme.ANNA, Acme.ANNA));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void treatsIdsCaseInsensitivelyLikeGuids() {
        HttpResponse<String> response =
                api.post(Api.members(Acme.SALES.toUpperCase()), Acme.addBody(Acme.DAVID.toUpperCase()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(tenant.members(Acme.SALES)).contains(Acme.DAVID);
    }

    @Test
    void rejectsTheWholeBatchWhenOneUserIsUnknown() {
        HttpResponse<String> response = api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID, Acme.NOBODY));

        assertProblem(response, 400, Acme.NOBODY);
        assertThat(Api.json(response).path("detail").asText()).doesNotContain(Acme.DAVID);
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void rejectsAnUnknownPropertyAndAppliesNothing() {
        String body = "{\"userIds\":[\"" + Acme.DAVID + "\"],\"triggeredByUserId\":\"" + Acme.ADMIN
                + "\",\"reason\":\"sync\"}";

        assertProblem(api.post(Api.members(Acme.SALES), body), 400, "'reason'");
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void rejectsAnIdThatIsNotAUuid() {
        assertProblem(
                api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID, "david@acme.example")),
                400,
                "david@acme.example");
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void requiresANonEmptyUserIdsArray() {
        String trigger = "\"triggeredByUserId\":\"" + Acme.ADMIN + "\"";

        assertProblem(api.post(Api.members(Acme.SALES), "{" + trigger + "}"), 400, "'userIds'");
        assertProblem(api.post(Api.members(Acme.SALES), "{\"userIds\":[]," + trigger + "}"), 400, "'userIds'");
        assertProblem(
                api.post(Api.members(Acme.SALES), "{\"userIds\":\"" + Acme.DAVID + "\"," + trigger + "}"),
                400,
                "'userIds'");
    }

    @Test
    void requiresAnAdminAsTrigger() {
        String missing = "{\"userIds\":[\"" + Acme.DAVID + "\"]}";
        String notAdmin = "{\"userIds\":[\"" + Acme.DAVID + "\"],\"triggeredByUserId\":\"" + Acme.ANNA + "\"}";
        String unknown = "{\"userIds\":[\"" + Acme.DAVID + "\"],\"triggeredByUserId\":\"" + Acme.NOBODY + "\"}";

        assertProblem(api.post(Api.members(Acme.SALES), missing), 400, "'triggeredByUserId' is required");
        assertProblem(api.post(Api.members(Acme.SALES), notAdmin), 400, "not an admin");
        assertProblem(api.post(Api.members(Acme.SALES), unknown), 400, "not a user");
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void rejectsMalformedBodies() {
        assertProblem(api.post(Api.members(Acme.SALES), "{\"userIds\":["), 400, "not valid JSON");
        assertProblem(api.post(Api.members(Acme.SALES), "[]"), 400, "JSON object");
        assertProblem(api.post(Api.members(Acme.SALES), ""), 400, "JSON object");
        assertProblem(
                api.post(
                        Api.members(Acme.SALES),
                        "{\"userIds\":[\"" + Acme.DAVID + "\"],\"userIds\":[],\"triggeredByUserId\":\"" + Acme.ADMIN
                                + "\"}"),
                400,
                "Duplicate field");
        assertProblem(
                api.post(Api.members(Acme.SALES), Acme.addBody(Acme.DAVID).replace("true", "\"yes\"")),
                400,
                "'implicitlyApproveRequests'");
    }

    @Test
    void requiresAJsonContentType() {
        HttpResponse<String> response = api.send(api.request(Api.members(Acme.SALES))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(Acme.addBody(Acme.DAVID))));

        assertProblem(response, 415, "application/json");
        assertThat(tenant.members(Acme.SALES)).containsExactly(Acme.ANNA);
    }

    @Test
    void refusesReadOnlyGroups() {
        assertProblem(
                api.post(Api.members(Acme.OKTA), Acme.addBody(Acme.DAVID)), 400, "is synced from Okta and read-only");
        assertThat(tenant.members(Acme.OKTA)).containsExactly(Acme.ANNA);
    }

    @Test
    void answers404ForAnUnknownGroup() {
        assertProblem(api.post(Api.members(Acme.NOBODY), Acme.addBody(Acme.DAVID)), 404, Acme.NOBODY);
    }
}
