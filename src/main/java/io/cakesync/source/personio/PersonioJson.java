package io.cakesync.source.personio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cakesync.source.SourceException;

/** Parses Personio's answers; a 200 that is not the JSON the endpoint documents is an error, not "no data". */
final class PersonioJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonioJson() {}

    static JsonNode parse(String body, String call) {
        JsonNode root = parseOrNull(body);
        if (root == null || !root.isObject()) {
            throw new SourceException("Personio answered " + call + " with something other than a JSON object");
        }
        if (root.path("success").isBoolean() && !root.path("success").asBoolean()) {
            throw new SourceException("Personio answered " + call + " with success=false: "
                    + root.path("error").path("message").asText(""));
        }
        return root;
    }

    static JsonNode parseOrNull(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
