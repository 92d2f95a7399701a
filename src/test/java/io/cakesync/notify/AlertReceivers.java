package io.cakesync.notify;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.cakesync.testing.WireMockInject;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Where alerts go in tests: one WireMock server for the generic and the Slack webhook, one GreenMail
 * SMTP server, both on loopback; the application is configured to use all three channels.
 */
public class AlertReceivers implements QuarkusTestResourceLifecycleManager {
    static final String SLACK_PATH = "/services/T000/B000/sl4ck-t0ken";

    private WireMockServer http;
    private GreenMail smtp;

    @Override
    public Map<String, String> start() {
        http = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        http.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.ofEntries(
                Map.entry("notify.webhook-url", http.baseUrl() + "/hooks/cakesync"),
                Map.entry("notify.slack-webhook-url", http.baseUrl() + SLACK_PATH),
                Map.entry("notify.email-to", "it-ops@acme.example"),
                Map.entry("notify.email-from", "cakesync@acme.example"),
                Map.entry("notify.partial-runs-in-a-row", "2"),
                Map.entry("notify.no-success-after", "1s"),
                Map.entry("notify.no-success-check-every", "1s"),
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort())));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                http, new TestInjector.AnnotatedAndMatchesType(WireMockInject.class, WireMockServer.class));
        injector.injectIntoFields(
                smtp, new TestInjector.AnnotatedAndMatchesType(GreenMailInject.class, GreenMail.class));
    }

    @Override
    public void stop() {
        http.stop();
        smtp.stop();
    }
}
