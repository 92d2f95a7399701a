package io.cakesync.notify;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.CountMatchingStrategy;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.reconcile.vocabulary.RunStatus;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;
import io.cakesync.testing.SmallTenant;
import io.cakesync.testing.Tenant;
import io.cakesync.testing.WireMockInject;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = AlertReceivers.class, restrictToAnnotatedClass = true)
class NotificationsTest {
    static final String HOOK = "/hooks/cakesync";
    static final SmallTenant SMALL = new SmallTenant(9);
    static final String TEAM = SMALL.group(1);
    static final String BEN = SMALL.person(2);

    @WireMockInject
    WireMockServer http;

    @GreenMailInject
    GreenMail smtp;

    @Inject
    SyncRunner runner;

    SandboxTenant tenant;

    @BeforeEach
    void receiversAndTenant() {
        http.resetAll();
        http.stubFor(post(urlPathEqualTo(HOOK)).willReturn(ok()));
        http.stubFor(post(urlPathEqualTo(AlertReceivers.SLACK_PATH)).willReturn(ok()));
        tenant = SMALL.seed("Team");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
    }

    @Test
    void aFailedRunIsAnnouncedOnTheWebhookSlackAndByEmail() {
        Tenant.hrRaw("");

        RunReport run = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            http.verify(
                    1,
                    alert(HOOK, "RUN_FAILED", run.runId())
                            .withRequestBody(matchingJsonPath(
                                    "$.title",
                                    com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                            "cakesync run " + run.runId() + " failed")))
                            .withRequestBody(matchingJsonPath(
                                    "$.text", com.github.tomakehurst.wiremock.client.WireMock.containing("is empty"))));
            http.verify(
                    1,
                    postRequestedFor(urlPathEqualTo(AlertReceivers.SLACK_PATH))
                            .withRequestBody(matchingJsonPath(
                                    "$.text",
                                    com.github.tomakehurst.wiremock.client.WireMock.containing(
                                            "cakesync run " + run.runId() + " failed"))));
            assertThat(subjects()).contains("[cakesync] cakesync run " + run.runId() + " failed");
        });
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).endsWith("run " + run.runId() + " failed"))
                .findFirst()
                .orElseThrow();
        assertThat(recipients(mail)).isEqualTo("it-ops@acme.example");
    }

    @Test
    void aWebhookThatFailsIsRetriedAndTheRunDoesNotWaitForIt() {
        http.stubFor(post(urlPathEqualTo(HOOK))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("failed once"));
        http.stubFor(post(urlPathEqualTo(HOOK))
                .inScenario("flaky")
                .whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(502))
                .willSetStateTo("failed twice"));
        http.stubFor(post(urlPathEqualTo(HOOK))
                .inScenario("flaky")
                .whenScenarioStateIs("failed twice")
                .willReturn(ok()));
        Tenant.hrRaw("");

        RunReport run = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> http.verify(3, alert(HOOK, "RUN_FAILED", run.runId())));
        assertThat(http.getAllScenarios().getScenarios())
                .singleElement()
                .satisfies(s -> assertThat(s.getState())
                        .as("the third attempt was answered 200")
                        .isEqualTo("failed twice"));
    }

    @Test
    void aChannelThatStaysDownIsGivenUpAfterTheConfiguredAttempts() {
        http.stubFor(post(urlPathEqualTo(AlertReceivers.SLACK_PATH))
                .willReturn(aResponse().withStatus(503)));
        Tenant.hrRaw("");

        RunReport run = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        http.verify(new CountMatchingStrategy(CountMatchingStrategy.EQUAL_TO, 3), slack(run.runId())));
        assertThat(runner.runNow(Trigger.SCHEDULE, true))
                .as("the next run is not held up")
                .isPresent();
        http.verify(new CountMatchingStrategy(CountMatchingStrategy.EQUAL_TO, 3), slack(run.runId()));
    }

    @Test
    void repeatedPartialRunsAreAnnouncedOnceTheStreakIsReached() {
        tenant.addMember(TEAM, BEN);
        SandboxResource.server().faults().respond("DELETE", ".*", 400, null);
        SandboxResource.server().faults().respond("DELETE", ".*", 400, null);

        RunReport first = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();
        RunReport second = runner.runNow(Trigger.SCHEDULE, false).orElseThrow();

        assertThat(first.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(second.status()).isEqualTo(RunStatus.PARTIAL);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> http.verify(1, alert(HOOK, "REPEATED_PARTIAL", second.runId())));
        http.verify(0, alert(HOOK, "REPEATED_PARTIAL", first.runId()));
    }

    @Test
    void noSuccessfulRunForLongerThanTheThresholdIsAnnounced() {
        // The profile's threshold is one second: a success re-arms the rule, then a second of silence trips it.
        assertThat(runner.runNow(Trigger.SCHEDULE, false).orElseThrow().status())
                .isEqualTo(RunStatus.SUCCEEDED);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> http.verify(
                        new CountMatchingStrategy(CountMatchingStrategy.GREATER_THAN_OR_EQUAL, 1),
                        postRequestedFor(urlPathEqualTo(HOOK))
                                .withRequestBody(matchingJsonPath(
                                        "$.kind",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "NO_SUCCESSFUL_RUN")))));
    }

    private static RequestPatternBuilder alert(String path, String kind, long runId) {
        return postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(
                        matchingJsonPath("$.kind", com.github.tomakehurst.wiremock.client.WireMock.equalTo(kind)))
                .withRequestBody(matchingJsonPath(
                        "$.runId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Long.toString(runId))));
    }

    private static RequestPatternBuilder slack(long runId) {
        return postRequestedFor(urlPathEqualTo(AlertReceivers.SLACK_PATH))
                .withRequestBody(matchingJsonPath(
                        "$.text",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("run " + runId + " failed")));
    }

    private java.util.List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(NotificationsTest::subject)
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            return m.getHeader("To", ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
