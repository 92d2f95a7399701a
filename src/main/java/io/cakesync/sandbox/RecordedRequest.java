package io.cakesync.sandbox;

/**
 * One request as the sandbox answered it. Headers are deliberately absent so the API key and
 * secret can never leak through a recording. {@code query} is the raw query string or null.
 */
public record RecordedRequest(String method, String path, String query, String body, int status) {}
