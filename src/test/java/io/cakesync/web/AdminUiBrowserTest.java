package io.cakesync.web;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.approval.Approvals;
import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.ChangeOutcome;
import io.cakesync.audit.NewChange;
import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.StartedRun;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.Tenant;

import jakarta.inject.Inject;

import static io.cakesync.web.AdminScenario.AMY;
import static io.cakesync.web.AdminScenario.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An admin's session in a real browser; the screenshots land in target/screenshots for review. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class AdminUiBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Inject
    SyncRunner runner;

    @Inject
    Approvals approvals;

    @Inject
    AuditTrail audit;

    @Inject
    RunQueries queries;

    AdminScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = AdminScenario.start(dataSource, runner);
    }

    @Test
    void operatorSignsInReviewsSearchesAndApprovesTheHeldPlan() {
        long held = scenario.held().runId();
        try (Browser browser = new Browser(base.toString())) {
            browser.open("/");
            assertThat(browser.path()).startsWith("/login");
            browser.screenshot("01-login");

            browser.signIn(Users.ALICE);
            browser.screenshot("02-runs");
            assertThat(browser.find("held-banner-" + held).getText()).contains("holds a plan for approval");
            assertThat(browser.text())
                    .contains("alice")
                    .contains("(operator)")
                    .contains("#" + scenario.dryRun().runId());
            assertThat(browser.find("held-plans").getText()).contains("1").contains("#" + held);
            assertThat(browser.find("runs").getText()).contains("2 skipped (dry run)");

            browser.clickLink("#" + held);
            browser.screenshot("03-held-run");
            assertThat(browser.find("run-status").getText()).isEqualTo("HELD");
            assertThat(browser.find("safety").getText()).contains("removals HELD for a first review");
            assertThat(browser.text())
                    .contains("ben@acme.example")
                    .contains("status terminated")
                    .contains("held for approval")
                    .contains("Ben B");
            assertThat(browser.attribute("#run-costs", "textContent")).doesNotContain("(s)");

            browser.open("/changes");
            browser.find("person").sendKeys("ben@acme.example");
            browser.find("search-button").click();
            assertThat(browser.await("total").getText()).isEqualTo("2 changes");
            browser.screenshot("04-search-person");

            browser.find("timeline-link").click();
            assertThat(browser.await("hr-record").getText()).contains("E32").contains("terminated");
            assertThat(browser.find("timeline").getText()).contains("#" + held).contains("held for approval");
            browser.screenshot("05-timeline");

            browser.open("/runs/" + held);
            browser.find("approve-comment").sendKeys("Ben left on Friday, checked with HR");
            browser.find("approve").click();
            // The click returns before the browser has necessarily left the held run's page.
            await().atMost(Duration.ofSeconds(20)).until(() -> !browser.path().equals("/runs/" + held));
            long approving = Long.parseLong(browser.path().substring("/runs/".length()));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> queries.run(approving).orElseThrow().run().status() != RunStatus.RUNNING);
            browser.open("/runs/" + approving);
            assertThat(browser.find("run-status").getText()).isEqualTo("SUCCEEDED");
            assertThat(browser.find("approves").getText()).contains("#" + held);
            browser.screenshot("06-approval-run");

            browser.find("approves-link").click();
            assertThat(browser.await("run-status").getText()).isEqualTo("APPROVED");
            assertThat(browser.find("decision").getText()).contains("APPROVED by alice");
            assertThat(browser.find("applied-by").getText()).contains("Applied by run #" + approving);
            assertThat(browser.has("approve-form")).isFalse();
            browser.screenshot("07-decided-plan");
            browser.find("applied-by-link").click();
            assertThat(browser.await("approves").getText()).contains("#" + held);
        }
        RunDetail decided = queries.run(held).orElseThrow();
        assertThat(decided.run().decision().decidedBy()).isEqualTo(Users.ALICE);
        assertThat(scenario.tenant().members(TEAM)).containsExactly(AMY);
    }

    @Test
    void viewerSeesTheHeldPlanWithoutTheButtons() {
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn(Users.VERA).open("/runs/" + scenario.held().runId());
            browser.screenshot("08-viewer-held-run");
            assertThat(browser.has("decide")).isTrue();
            assertThat(browser.has("approve-form")).isFalse();
            assertThat(browser.text())
                    .contains("An operator can approve or reject it")
                    .contains("(viewer)");
        }
    }

    @Test
    void wrongPasswordStaysOnTheLoginPage() {
        try (Browser browser = new Browser(base.toString())) {
            browser.open("/login");
            browser.find("j_username").sendKeys(Users.ALICE);
            browser.find("j_password").sendKeys("guess");
            browser.find("sign-in").click();
            assertThat(browser.has("login-error")).isTrue();
            browser.screenshot("09-login-error");
        }
    }

    @Test
    void deadEndsShowAnErrorPageWithAWayBackAndTheApiLinkWorksSignedIn() {
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn(Users.VERA).open("/runs/999");
            assertThat(browser.find("error-title").getText()).isEqualTo("Not Found");
            assertThat(browser.find("error-detail").getText()).isEqualTo("there is no run #999");
            assertThat(browser.text()).contains("vera").contains("Audit search");
            browser.screenshot("10-unknown-run");
            browser.clickLink("All runs");
            assertThat(browser.await("runs").isDisplayed()).isTrue();

            browser.open("/runs/abc");
            assertThat(browser.find("error-title").getText()).isEqualTo("Not Found");
            browser.open("/?from=last-tuesday");
            assertThat(browser.find("error-detail").getText()).contains("from must be a date like 2025-01-31");
            browser.screenshot("11-bad-filter");
            browser.clickLink("The run list without filters");
            assertThat(browser.await("runs").isDisplayed()).isTrue();

            browser.clickLink("API");
            assertThat(browser.await("endpoints").getText())
                    .contains("/api/runs")
                    .contains("/api/changes.csv");
            browser.screenshot("12-api");
            browser.find("openapi-json").click();
            await().atMost(Duration.ofSeconds(20)).until(() -> browser.text().contains("\"openapi\""));
        }
    }

    @Test
    void aLiveRunFromThePageAsksFirstWithTheDryRunsCounts() {
        long before = queries.count(io.cakesync.audit.RunFilter.ALL);
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn(Users.ALICE).find("trigger-live").click();
            assertThat(browser.await("dry-run-counts").getText())
                    .contains("#" + scenario.dryRun().runId());
            assertThat(browser.find("confirm-live").getText())
                    .contains("adds: 1 skipped (dry run)")
                    .contains("removals: 1 held for approval");
            browser.screenshot("13-confirm-live-run");
            assertThat(queries.count(io.cakesync.audit.RunFilter.ALL))
                    .as("nothing started yet")
                    .isEqualTo(before);

            browser.find("confirm-live-run").click();
            browser.await("run-status");
            long started = Long.parseLong(browser.path().substring("/runs/".length()));
            assertThat(queries.run(started).orElseThrow().run().mode()).isEqualTo("LIVE");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> queries.run(started).orElseThrow().run().status() != RunStatus.RUNNING);
        }
    }

    @Test
    void aRunInProgressShowsItsProgressAndTheStatusItEndsWith() {
        StartedRun running = runner.begin(Trigger.API, false).orElseThrow();
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn(Users.VERA).open("/runs/" + running.id());
            assertThat(browser.find("run-status").getText()).isEqualTo("RUNNING");
            assertThat(browser.find("in-progress").getText()).contains("reading the HR source");
            assertThat(browser.has("no-changes")).isFalse();

            audit.recordSource(running.id(), "hr.csv", 3, List.of());
            audit.recordPlan(
                    running.id(),
                    List.of(
                            new NewChange(
                                    TEAM,
                                    "Team",
                                    "ADD",
                                    AMY,
                                    "amy@acme.example",
                                    "E31",
                                    "department Team",
                                    Outcome.PLANNED),
                            new NewChange(
                                    TEAM,
                                    "Team",
                                    "REMOVE",
                                    AdminScenario.BEN,
                                    "ben@acme.example",
                                    "E32",
                                    "status terminated",
                                    Outcome.PLANNED)));
            audit.recordOutcomes(
                    running.id(), List.of(new ChangeOutcome(TEAM, "ADD", AMY, Outcome.APPLIED, 200, 1, null)));
            // The page refreshes itself: no reload from the test.
            browser.awaitText("in-progress", "1 of 2 changes done");
            assertThat(browser.find("live-counts").getText()).isEqualTo("1 planned, 1 applied");
            browser.screenshot("14-run-in-progress");

            audit.recordOutcomes(
                    running.id(),
                    List.of(new ChangeOutcome(TEAM, "REMOVE", AdminScenario.BEN, Outcome.APPLIED, 204, 1, null)));
            audit.finishRun(running.id(), RunStatus.SUCCEEDED, 3, "1 to add, 1 to remove: 2 done, 0 failed", null);
            browser.awaitText("run-status", "SUCCEEDED");
            assertThat(browser.has("in-progress")).isFalse();
        } finally {
            if (queries.run(running.id()).orElseThrow().run().status() == RunStatus.RUNNING) {
                audit.finishRun(running.id(), RunStatus.FAILED, 0, "test stopped", null);
            }
            running.close();
        }
    }

    @Test
    void overviewGroupsAndPeopleExplainWhoIsWhereAndWhy() {
        StartedRun approval = approvals.approve(scenario.held().runId(), Users.ALICE, "Ben left");
        runner.execute(approval);
        Tenant.hr(
                "E31,Amy@Acme.example,Amy,A,Team,active",
                "E32,ben@acme.example,Ben,B,Team,terminated",
                "E33,carl@acme.example,Carl,C,Sales EMEA,active",
                "E34,dora(at)acme.example,Dora,D,Team,active",
                "E35,eve@acme.example,Eve,E,Team,active");
        long dry = runner.runNow(Trigger.CLI, true).orElseThrow().runId();
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn(Users.VERA);
            assertThat(browser.find("last-success").getText()).contains("#" + approval.id());
            assertThat(browser.find("next-run").getText()).contains("off");
            assertThat(browser.find("held-plans").getText()).startsWith("Held plans waiting\n0");
            assertThat(browser.find("deferred").getText()).contains("1").contains("#" + dry);
            assertThat(browser.count("#runs-chart rect")).isPositive();
            assertThat(browser.count("#changes-chart rect.k-ADD")).isEqualTo(1);
            assertThat(browser.count("#changes-chart rect.k-REMOVE")).isEqualTo(1);
            assertThat(browser.count("#calls-chart circle")).isEqualTo(4);
            assertThat(browser.attribute("#runs time", "title")).endsWith("UTC");
            browser.screenshot("15-overview");

            browser.clickLink("Groups");
            assertThat(browser.await("groups").getText())
                    .contains("Team")
                    .contains("department Team")
                    .contains("Sales EMEA")
                    .contains("remove ben@acme.example");
            browser.screenshot("16-groups");
            browser.clickLink("Team");
            assertThat(browser.await("members").getText())
                    .contains("Amy A")
                    .contains("department Team")
                    .doesNotContain("ben@acme.example");
            assertThat(browser.find("group-rule").getText()).isEqualTo("department Team");
            browser.screenshot("17-group");

            browser.open("/people?q=carl c");
            assertThat(browser.await("people").getText())
                    .contains("carl@acme.example")
                    .doesNotContain("amy");
            browser.screenshot("18-people-search");
            browser.clickLink("Carl C");
            assertThat(browser.await("person-groups").getText())
                    .contains("Sales EMEA")
                    .contains("department Sales EMEA");
            assertThat(browser.find("hr-record").getText()).contains("E33").contains("active");
            browser.screenshot("19-person");

            browser.open("/people?q=E34");
            assertThat(browser.await("people-total").getText()).isEqualTo("0 people");
            browser.find("everything-about").click();
            assertThat(browser.await("person-rejections").getText())
                    .contains("#" + dry)
                    .contains("5")
                    .contains("email");
            assertThat(browser.text()).doesNotContain("No change ever touched this person");
            browser.screenshot("20-rejected-person");
        }
    }
}
