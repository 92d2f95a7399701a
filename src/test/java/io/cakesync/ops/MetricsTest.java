package io.cakesync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class MetricsTest {
    static final SmallTenant SMALL = new SmallTenant(5);

    @Inject
    SyncRunner runner;

    @BeforeEach
    void tenant() {
        SMALL.seed("Team");
        Tenant.hr(SMALL.hrRow(1, "Team", "active"),
                "E52,zed@acme.example,Zed,Z,Team,active",
                "E53,not-an-email,Bad,Row,Team,active");
    }

    @Test
    void everyMetricIsExportedBeforeTheFirstRunAndMovesWithOne() {
        Scrape before = Scrape.now();
        assertThat(before.has("cakesync_seconds_since_last_successful_run")).isTrue();
        assertThat(before.has("cakesync_deferred_employees")).isTrue();
        assertThat(before.has("cakesync_plan_held")).isTrue();
        SandboxResource.server().faults().respond("GET", "/api/v1/Users", 429, 0);

        RunReport report = runner.runNow(Trigger.API, false).orElseThrow();

        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        Scrape after = Scrape.now();
        assertThat(delta(before, after, "cakesync_runs_total", "status=\"SUCCEEDED\"", "trigger=\"API\"",
                "mode=\"live\"")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_run_duration_seconds_count", "status=\"SUCCEEDED\"")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_changes_total", "action=\"ADD\"", "outcome=\"APPLIED\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "cakesync_changes_total", "action=\"ADD\"", "outcome=\"DEFERRED\""))
                .isEqualTo(1);
        assertThat(after.value("cakesync_deferred_employees")).isEqualTo(1);
        assertThat(after.value("cakesync_plan_held")).isZero();
        assertThat(delta(before, after, "cakesync_source_rows_read_total")).isEqualTo(3);
        assertThat(delta(before, after, "cakesync_source_rows_rejected_total")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_calls_total", "endpoint=\"GET /Users\"",
                "status=\"429\"")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_calls_total", "endpoint=\"GET /Users\"",
                "status=\"200\"")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_calls_total",
                "endpoint=\"POST /UsersGroups/{id}/Users\"")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_rate_limited_total")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_retries_total")).isEqualTo(1);
        assertThat(after.has("cakesync_cakewalk_rate_limit_wait_seconds_total")).isTrue();
        assertThat(after.has("cakesync_cakewalk_retry_wait_seconds_total")).isTrue();
        assertThat(after.value("cakesync_seconds_since_last_successful_run")).isBetween(0.0, 30.0);
        assertThat(after.text()).doesNotContain(SandboxResource.API_KEY).doesNotContain(SandboxResource.API_SECRET);
    }

    @Test
    void aFailedRunIsCountedAsFailed() {
        Tenant.hrRaw("");
        Scrape before = Scrape.now();

        runner.runNow(Trigger.CLI, true);

        assertThat(delta(before, Scrape.now(), "cakesync_runs_total", "status=\"FAILED\"", "trigger=\"CLI\"",
                "mode=\"dry-run\"")).isEqualTo(1);
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
