package io.cakesync.web;

import static io.cakesync.web.AdminScenario.AMY;
import static io.cakesync.web.AdminScenario.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cakesync.audit.RunDetail;
import io.cakesync.audit.RunQueries;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

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
            assertThat(browser.text()).contains("alice").contains("(operator)").contains("#" + scenario.dryRun().runId());

            browser.clickLink("#" + held);
            browser.screenshot("03-held-run");
            assertThat(browser.find("run-status").getText()).isEqualTo("HELD");
            assertThat(browser.find("safety").getText()).contains("removals HELD for a first review");
            assertThat(browser.text()).contains("ben@acme.example").contains("status terminated");

            browser.open("/changes");
            browser.find("person").sendKeys("ben@acme.example");
            browser.find("search-button").click();
            assertThat(browser.text()).contains("2 change(s)");
            browser.screenshot("04-search-person");

            browser.find("timeline-link").click();
            assertThat(browser.find("person").getText()).contains("E32").contains("status terminated");
            assertThat(browser.find("timeline").getText()).contains("#" + held).contains("HELD");
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
            browser.screenshot("06-approval-run");
            browser.open("/runs/" + held);
            assertThat(browser.find("decision").getText()).contains("APPROVED by alice");
            assertThat(browser.has("approve-form")).isFalse();
            browser.screenshot("07-decided-plan");
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
            assertThat(browser.text()).contains("An operator can approve or reject it").contains("(viewer)");
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
}
