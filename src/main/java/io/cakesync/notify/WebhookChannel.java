package io.cakesync.notify;

import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A generic webhook: the alert as a JSON object. */
final class WebhookChannel implements Channel {
    private final URI url;
    private final ObjectMapper json;

    WebhookChannel(URI url, ObjectMapper json) {
        this.url = url;
        this.json = json;
    }

    @Override
    public String name() {
        return "webhook " + Http.shown(url);
    }

    @Override
    public void send(Alert alert) throws Exception {
        ObjectNode body = json.createObjectNode()
                .put("source", "cakesync")
                .put("kind", alert.kind().name())
                .put("title", alert.title())
                .put("text", alert.text())
                .put("at", alert.at().toString());
        if (alert.runId() != null) {
            body.put("runId", alert.runId());
        }
        Http.postJson(url, json.writeValueAsString(body));
    }
}
