package io.cakesync.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;
import io.cakesync.web.Users;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true,
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

    @Test
    void expiredHeldPlanCannotBeApproved() {
        History.forget(dataSource);
        SandboxTenant tenant = SMALL.seed("Team");
        tenant.addMember(TEAM, AMY);
        Tenant.hr(SMALL.hrRow(1, "Team", "terminated"));
        RunReport held = runner.runNow(Trigger.CLI, false).orElseThrow();
        assertThat(held.status()).isEqualTo(RunStatus.HELD);

        Users.as("alice").contentType(ContentType.JSON).body("{\"by\":\"alice\",\"comment\":\"ok\"}")
                .when().post("/api/runs/" + held.runId() + "/approve")
                .then().statusCode(409).body("detail", containsString("expired"));

        assertThat(tenant.members(TEAM)).containsExactly(AMY);
        assertThat(queries.run(held.runId()).orElseThrow().run().decision()).isNull();
    }
}
