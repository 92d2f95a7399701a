package io.cakesync.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs JSON and insists on a 2xx answer. */
final class Http {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Http() {}

    static void postJson(URI url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(
                    HttpRequest.newBuilder(url)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/json")
                            .header("User-Agent", "cakesync")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Messages may quote the URL, and the URL is the credential.
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().replace(url.toString(), shown(url));
            throw new IOException(e.getClass().getSimpleName() + message);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("answered HTTP " + response.statusCode());
        }
    }

    /** Scheme and host only: the rest of a webhook URL is often its secret. */
    static String shown(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }
}
