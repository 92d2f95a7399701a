package io.cakesync.sandbox;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** ProblemDetails bodies shaped like ASP.NET's, including the {@code traceId} extension. */
final class Problems {

    private record Kind(String type, String title) {}

    private static final String RFC = "https://tools.ietf.org/html/rfc9110#section-";
    private static final Map<Integer, Kind> KINDS = Map.ofEntries(
            Map.entry(400, new Kind(RFC + "15.5.1", "Bad Request")),
            Map.entry(401, new Kind(RFC + "15.5.2", "Unauthorized")),
            Map.entry(403, new Kind(RFC + "15.5.4", "Forbidden")),
            Map.entry(404, new Kind(RFC + "15.5.5", "Not Found")),
            Map.entry(409, new Kind(RFC + "15.5.10", "Conflict")),
            Map.entry(415, new Kind(RFC + "15.5.16", "Unsupported Media Type")),
            Map.entry(429, new Kind("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests")),
            Map.entry(500, new Kind(RFC + "15.6.1", "Internal Server Error")),
            Map.entry(502, new Kind(RFC + "15.6.3", "Bad Gateway")),
            Map.entry(503, new Kind(RFC + "15.6.4", "Service Unavailable")),
            Map.entry(504, new Kind(RFC + "15.6.5", "Gateway Timeout")));

    private Problems() {}

    static Response of(int status, String detail) {
        return of(status, detail, Map.of());
    }

    static Response of(int status, String detail, Map<String, String> headers) {
        Kind kind = KINDS.getOrDefault(status, new Kind("about:blank", "Error"));
        ObjectNode body = Json.object()
                .put("type", kind.type())
                .put("title", kind.title())
                .put("status", status)
                .put("detail", detail)
                .put("traceId", traceId());
        return new Response(status, Response.PROBLEM_JSON, Json.write(body), headers);
    }

    private static String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return "00-" + hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()) + "-"
                + hex.toHexDigits(random.nextLong()) + "-00";
    }
}
