package io.cakesync.sandbox;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What the sandbox answers; {@code body} null means no body at all (201, 204). */
record Response(int status, String contentType, String body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    static Response json(JsonNode body) {
        return new Response(200, JSON, Json.write(body), Map.of());
    }

    static Response empty(int status) {
        return new Response(status, null, null, Map.of());
    }
}
