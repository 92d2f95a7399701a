package io.cakesync.reconcile;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;
import io.cakesync.web.Users;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(
        value = SandboxResource.class,
        restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "sync.safety.held-plan-expiry", value = "0s"))
class HeldPlanExpiryTest {
    static final SmallTenant SMALL = new SmallTenant(5);
    static final String TEAM = SMALL.group(1);
    static final String AMY = SMALL.person(1);

    @Inject
    SyncRunner runner;

    @Inject
    RunQueries queries;

    @Inject
    DataSource dataSource;

    SandboxTenant tenant;

    @BeforeEach
    void heldOnTheFirstRun() {
        History.forget(dataSource);
        tenant = SMALL.seed("Team");
        tenant.addMember(TEAM, AMY);
        Tenant.hr(SMALL.hrRow(1, "Team", "terminated"));
    }

    @Test
    void expiredHeldPlanCannotBeApproved() {
        RunReport held = runner.runNow(Trigger.CLI, false).orElseThrow();
        assertThat(held.status()).isEqualTo(RunStatus.HELD);

        Users.as("alice")
                .contentType(ContentType.JSON)
                .body("{\"by\":\"alice\",\"comment\":\"ok\"}")
                .when()
                .post("/api/runs/" + held.runId() + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("expired"));

        assertThat(tenant.members(TEAM)).containsExactly(AMY);
        assertThat(queries.run(held.runId()).orElseThrow().run().decision()).isNull();
    }

    @Test
    void anExpiredPlanLeavesTheBannerAndTheNextRunHoldsAFreshOne() {
        RunReport expired = runner.runNow(Trigger.CLI, false).orElseThrow();

        RunReport next = runner.runNow(Trigger.CLI, false).orElseThrow();

        assertThat(next.status()).isEqualTo(RunStatus.HELD);
        assertThat(queries.run(next.runId()).orElseThrow().run().heldByRun()).isNull();
        assertThat(queries.awaitingDecision()).isEmpty();
        String page = Users.signedIn(Users.VERA)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).doesNotContain("held-banner-" + expired.runId()).doesNotContain("held-banner-" + next.runId());
    }
}
