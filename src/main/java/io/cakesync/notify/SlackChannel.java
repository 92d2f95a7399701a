package io.cakesync.notify;

import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat, ...): a {@code text} message. */
final class SlackChannel implements Channel {
    private final URI url;
    private final ObjectMapper json;

    SlackChannel(URI url, ObjectMapper json) {
        this.url = url;
        this.json = json;
    }

    @Override
    public String name() {
        return "slack " + Http.shown(url);
    }

    @Override
    public void send(Alert alert) throws Exception {
        Http.postJson(
                url,
                json.writeValueAsString(json.createObjectNode()
                        .put("text", ":rotating_light: *" + alert.title() + "*\n" + alert.text())));
    }
}
