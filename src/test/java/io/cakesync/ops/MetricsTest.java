package io.cakesync.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.approval.Approvals;
import io.cakesync.audit.OutstandingPlans;
import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.testing.Tenant.id;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class MetricsTest {
    static final String TEAM = id(501);
    static final String AMY = id(51);
    static final String BEN = id(54);
    static final String CLEO = id(55);

    @Inject
    SyncRunner runner;

    @Inject
    Approvals approvals;

    @Inject
    OutstandingPlans outstanding;

    SandboxTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = Tenant.reset();
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n");
        Tenant.hr(
                "E51,amy@acme.example,Amy,A,Team,active",
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
        assertThat(delta(
                        before,
                        after,
                        "cakesync_runs_total",
                        "status=\"SUCCEEDED\"",
                        "trigger=\"API\"",
                        "mode=\"live\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "cakesync_run_duration_seconds_count", "status=\"SUCCEEDED\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "cakesync_changes_total", "action=\"ADD\"", "outcome=\"APPLIED\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "cakesync_changes_total", "action=\"ADD\"", "outcome=\"DEFERRED\""))
                .isEqualTo(1);
        assertThat(after.value("cakesync_deferred_employees")).isEqualTo(1);
        assertThat(after.value("cakesync_plan_held")).isEqualTo(before.value("cakesync_plan_held"));
        assertThat(delta(before, after, "cakesync_source_rows_read_total")).isEqualTo(3);
        assertThat(delta(before, after, "cakesync_source_rows_rejected_total")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_calls_total", "endpoint=\"GET /Users\"", "status=\"429\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_calls_total", "endpoint=\"GET /Users\"", "status=\"200\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_calls_total", "endpoint=\"POST /UsersGroups/{id}/Users\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_rate_limited_total")).isEqualTo(1);
        assertThat(delta(before, after, "cakesync_cakewalk_retries_total")).isEqualTo(1);
        assertThat(after.has("cakesync_cakewalk_rate_limit_wait_seconds_total")).isTrue();
        assertThat(after.has("cakesync_cakewalk_retry_wait_seconds_total")).isTrue();
        assertThat(after.value("cakesync_seconds_since_last_successful_run")).isBetween(0.0, 30.0);
        assertThat(after.text()).doesNotContain(SandboxResource.API_KEY).doesNotContain(SandboxResource.API_SECRET);
    }

    @Test
    void heldPlansCountEveryDistinctPlanStillAwaitingADecision() {
        // Ben is not in HR and the HR read has a rejected row: his removal is held on every run.
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addMember(TEAM, BEN);
        double before = Scrape.now().value("cakesync_plan_held");

        RunReport first = runner.runNow(Trigger.API, false).orElseThrow();
        RunReport same = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();
        assertThat(Scrape.now().value("cakesync_plan_held"))
                .as("the same plan held twice")
                .isEqualTo(before + 1);
        tenant.addUser(CLEO, "Cleo", "cleo@acme.example", "Active", "User");
        tenant.addMember(TEAM, CLEO);
        RunReport other = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(List.of(first.status(), same.status(), other.status())).containsOnly(RunStatus.HELD);
        assertThat(Scrape.now().value("cakesync_plan_held")).isEqualTo(before + 2);
        approvals.reject(first.runId(), "alice", "the HR export was truncated");
        assertThat(Scrape.now().value("cakesync_plan_held")).isEqualTo(before + 1);
        assertThat(outstanding.count(OffsetDateTime.now().minusHours(1))).isEqualTo((int) before + 1);
        assertThat(outstanding.count(OffsetDateTime.now().plusMinutes(1)))
                .as("expired plans")
                .isZero();
        approvals.reject(other.runId(), "alice", "the HR export was truncated");
        assertThat(Scrape.now().value("cakesync_plan_held")).isEqualTo(before);
    }

    /** The dashboard and alert rules in deploy/monitoring read only metrics the daemon exports. */
    @Test
    void deployedDashboardAndAlertsUseOnlyExportedMetrics() throws IOException {
        SandboxResource.server().faults().respond("GET", "/api/v1/Users", 429, 0);
        runner.runNow(Trigger.API, false).orElseThrow();
        Scrape scrape = Scrape.now();
        Set<String> used = new TreeSet<>();
        JsonNode dashboard = new ObjectMapper()
                .readTree(Path.of("deploy/monitoring/grafana-dashboard.json").toFile());
        dashboard
                .get("panels")
                .forEach(p -> p.get("targets")
                        .forEach(t -> used.addAll(PromQl.metrics(t.get("expr").asText()))));
        Map<String, List<Map<String, List<Map<String, Object>>>>> alerts =
                new Yaml().load(Files.readString(Path.of("deploy/monitoring/alerts.yml")));
        alerts.get("groups")
                .forEach(g -> g.get("rules").forEach(r -> used.addAll(PromQl.metrics((String) r.get("expr")))));

        assertThat(used)
                .contains(
                        "cakesync_plan_held",
                        "cakesync_runs_total",
                        "cakesync_run_duration_seconds_sum",
                        "cakesync_cakewalk_calls_total");
        assertThat(used)
                .allSatisfy(name ->
                        assertThat(scrape.has(name)).as(name + " in /q/metrics").isTrue());
    }

    @Test
    void aFailedRunIsCountedAsFailed() {
        Tenant.hrRaw("");
        Scrape before = Scrape.now();

        runner.runNow(Trigger.CLI, true);

        assertThat(delta(
                        before,
                        Scrape.now(),
                        "cakesync_runs_total",
                        "status=\"FAILED\"",
                        "trigger=\"CLI\"",
                        "mode=\"dry-run\""))
                .isEqualTo(1);
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
